using System.Text.Json;

namespace NewsText.Tests.Cli;

/// <summary>Runtime settings the <c>newstext</c> tool ships with (its <c>runtimeconfig.json</c>, copied next to the tests).</summary>
public class RuntimeConfigTests
{
    [Fact]
    public void The_tool_promotes_hot_methods_without_the_call_counting_delay()
    {
        string path = Path.Combine(AppContext.BaseDirectory, "NewsText.Cli.runtimeconfig.json");
        using JsonDocument config = JsonDocument.Parse(File.ReadAllText(path));
        JsonElement properties = config.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");

        Assert.Equal(0, properties.GetProperty("System.Runtime.TieredCompilation.CallCountingDelayMs").GetInt32());
    }
}
