namespace Triangulate.Tests.Cli;

public sealed class ClaimsCommandTests
{
    [Theory]
    [InlineData("NaN,37")]
    [InlineData("48.4,Infinity")]
    [InlineData("91,37")]
    public async Task Claims_NearThatIsNoPlaceOnEarth_IsRefusedWithAMessage(string near)
    {
        using var temp = new TempDirectory();

        var result = await CliRunner.RunAsync("claims", "--db", temp.File("ledger.db"), "--near", near);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("--near takes LAT,LON", result.Error, StringComparison.Ordinal);
    }
}
