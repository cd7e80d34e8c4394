using NewsText;

string path = args.Length > 0 ? args[0] : "seeds/000_daa561dc3a615702.txt";
string text = File.ReadAllText(path);

Script script = ScriptDetector.GetDominantScript(text);
Console.WriteLine($"Dominant script: {script}");
