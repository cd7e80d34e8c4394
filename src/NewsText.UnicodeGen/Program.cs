using NewsText.UnicodeGen;

if (args.Length != 2 || !Directory.Exists(args[0]))
{
    Console.Error.WriteLine("usage: dotnet run --project src/NewsText.UnicodeGen -- UCD_DIR OUTPUT_DIR");
    return 2;
}

var generator = new Generator(args[0], args[1]);
generator.Run();
return 0;
