namespace CstoPress.Web.Tests.Hosting;

public class StaticFileCachingTests(SeededPortal portal) : IClassFixture<SeededPortal>
{
    private readonly HttpClient _client = portal.CreateClient();

    [Fact]
    public async Task TheStylesheetThePagesLinkIsKeptForAYear()
    {
        var home = await _client.GetStringAsync("/");
        var stylesheet = Regex.Match(home, "href=\"(/css/site\\.css\\?v=[^\"]+)\"").Groups[1].Value;
        Assert.NotEmpty(stylesheet);

        var response = await _client.GetAsync(stylesheet);

        response.EnsureSuccessStatusCode();
        Assert.True(response.Headers.CacheControl!.Public);
        Assert.Equal(TimeSpan.FromDays(365), response.Headers.CacheControl.MaxAge);
        Assert.Contains("immutable", response.Headers.CacheControl.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFileAskedForWithoutItsVersionIsKeptForADay()
    {
        var response = await _client.GetAsync("/img/emblem.svg");

        response.EnsureSuccessStatusCode();
        Assert.Equal(TimeSpan.FromDays(1), response.Headers.CacheControl!.MaxAge);
        Assert.DoesNotContain("immutable", response.Headers.CacheControl.ToString(), StringComparison.Ordinal);
    }
}
