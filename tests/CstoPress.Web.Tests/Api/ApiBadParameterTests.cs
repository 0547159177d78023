using System.Text.Json;

namespace CstoPress.Web.Tests.Api;

public class ApiBadParameterTests(SeededPortal portal) : IClassFixture<SeededPortal>
{
    private readonly HttpClient _client = portal.CreateClient();

    [Theory]
    [InlineData("kind=gossip", "kind")]
    [InlineData("kind=", "kind")]
    [InlineData("language=de", "language")]
    [InlineData("section=no-such-section", "section")]
    [InlineData("tag=no-such-topic", "tag")]
    [InlineData("person=nobody", "person")]
    [InlineData("since=yesterday", "since")]
    [InlineData("since=2024-13-45", "since")]
    [InlineData("since=0001-01-01", "since")]
    [InlineData("since=99999-01-01", "since")]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=-5", "limit")]
    [InlineData("limit=101", "limit")]
    [InlineData("limit=99999999999999999999", "limit")]
    [InlineData("limit=ten", "limit")]
    [InlineData("cursor=abc", "cursor")]
    [InlineData("cursor=9223372036854775807-1", "cursor")]
    [InlineData("cursor=1-", "cursor")]
    [InlineData("cursor=%00%FF", "cursor")]
    [InlineData("q=%20%20", "q")]
    [InlineData("q=%21%21%3F", "q")]
    [InlineData("q=summit&since=2024-01-01", "since")]
    [InlineData("q=summit&cursor=1700000000000-5", "cursor")]
    public async Task ABadParameterIsA400ProblemNamingIt(string query, string parameter)
    {
        var response = await _client.GetAsync("/api/v1/publications?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(400, json.RootElement.GetProperty("status").GetInt32());
        var message = json.RootElement.GetProperty("errors").GetProperty(parameter)[0].GetString();
        Assert.False(string.IsNullOrWhiteSpace(message));
    }

    [Fact]
    public async Task EveryBadParameterIsNamedAtOnce()
    {
        var response = await _client.GetAsync("/api/v1/publications?kind=x&language=x&since=x&limit=x&cursor=x");

        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var named = json.RootElement.GetProperty("errors").EnumerateObject().Select(p => p.Name).Order().ToList();
        Assert.Equal(["cursor", "kind", "language", "limit", "since"], named);
    }

    [Theory]
    [InlineData("/api/v1/publications?limit=100")]
    [InlineData("/api/v1/publications?since=2024-07-26T12:00:00%2B03:00")]
    [InlineData("/api/v1/publications?cursor=0-0")]
    [InlineData("/api/v1/publications?cursor=-62135596800000-1")]
    [InlineData("/api/v1/publications?unknown=ignored")]
    [InlineData("/api/v1/publications/%D0%BD%D0%B5%D1%82")]
    [InlineData("/api/v1/publications/a%2Fb")]
    public async Task OddButHarmlessValuesNeverCauseAServerError(string url)
    {
        var response = await _client.GetAsync(url);

        Assert.True((int)response.StatusCode < 500, $"{url} answered {(int)response.StatusCode}");
        Assert.DoesNotContain("Exception", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownSlugIsA404Problem()
    {
        var response = await _client.GetAsync("/api/v1/publications/no-such-publication");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
