Console.Error.WriteLine("usage: dotnet run --project src/NewsText.UnicodeGen -- UCD_DIR OUTPUT_DIR");
return 2;
