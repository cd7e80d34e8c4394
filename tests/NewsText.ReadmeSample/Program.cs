using NewsText;
using NewsText.Serialization;

string path = args.Length > 0 ? args[0] : "seeds/000_daa561dc3a615702.txt";
Article article = ArticleParser.Default.Parse(File.ReadAllText(path));

Console.WriteLine($"{article.Language}: {article.Paragraphs.Count} paragraphs, {article.Sentences.Count} sentences");
foreach (Quote quote in article.Quotes)
{
    string speaker = quote.Speaker is { } s ? article.GetText(s) : "-";
    Console.WriteLine($"{quote.Kind} by {speaker}: {article.GetText(quote.Content)}");
}

foreach (EmbeddedPost post in article.EmbeddedPosts)
{
    Console.WriteLine($"post by {article.GetText(post.Handle!.Value)} on {post.Date:yyyy-MM-dd}");
}

foreach (Entity entity in article.Entities.Where(e => e.Kind == MentionKind.Person))
{
    Console.WriteLine($"person {entity.Name} ({entity.Mentions.Count} mentions)");
}

string json = ArticleJson.Serialize(article);
Console.WriteLine($"{json.Length} chars of JSON");
