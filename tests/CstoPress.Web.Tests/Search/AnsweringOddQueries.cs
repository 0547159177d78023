namespace CstoPress.Web.Tests.Search;

/// <summary>Whatever is typed into the box or the address, the reader gets results or a clear message, never an error page.</summary>
public class AnsweringOddQueries(AnsweringOddQueries.TreatyArchive portal) : IClassFixture<AnsweringOddQueries.TreatyArchive>
{
    private readonly HttpClient _client = portal.CreateClient();

    public static TheoryData<string> OddQueries => new()
    {
        "",
        "   ",
        "!!!",
        "?*&|:()\"'",
        "'; DROP TABLE publications; --",
        "1' OR '1'='1",
        "security' UNION SELECT password_hash FROM asp_net_users --",
        "\"unbalanced quote",
        "security\"",
        "(((security",
        "security & treaty | !council",
        "secur:* & !",
        "<->",
        "treaty <-> security",
        "-",
        "- -security",
        "or",
        "OR OR OR",
        "the",
        "ОДКБ security Безопасность mixed",
        "CSTO\u00a0ОДКБ",
        "安全 保障",
        "😀 emoji",
        "\\",
        "%_%",
        "null\u0000byte",
        "broken \ud800 surrogate",
        "tab\tand\nnew line",
    };

    [Theory]
    [MemberData(nameof(OddQueries))]
    public async Task AnOddQueryGetsAPageNotAnError(string query)
    {
        foreach (var prefix in new[] { "", "/ru" })
        {
            var response = await _client.GetAsync($"{prefix}/search?q={Uri.EscapeDataString(query)}");

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
            Assert.Contains("class=\"search-results\"", html);
            Assert.DoesNotContain("Exception", html);
            Assert.True(
                html.Contains("class=\"notice", StringComparison.Ordinal) || html.Contains("class=\"result-count\"", StringComparison.Ordinal),
                $"'{query}' gets results or a message");
        }
    }

    [Fact]
    public async Task AnEmptySearchAsksForWords()
    {
        var html = await _client.GetTextAsync("/search?q=");

        Assert.Contains("Type a word, a name or a phrase", html);
    }

    [Fact]
    public async Task OnlyPunctuationIsExplained()
    {
        var html = await _client.GetTextAsync("/search?q=" + Uri.EscapeDataString("?!*&|"));

        Assert.Contains("no letters or digits", html);
    }

    [Fact]
    public async Task TwoThousandCharactersAreRefusedWithTheReasonAndKeptInTheBox()
    {
        var query = string.Concat(Enumerable.Repeat("security ", 223))[..2000];

        var html = await _client.GetTextAsync("/search?q=" + Uri.EscapeDataString(query));

        Assert.Contains("Please shorten it to at most 200 characters", html);
        Assert.Contains($"value=\"{query.Trim()}", html);
    }

    [Fact]
    public async Task SqlFragmentsAreSearchedForAsWords()
    {
        var html = await _client.GetTextAsync("/search?q=" + Uri.EscapeDataString("treaty' OR 1=1 --"));

        Assert.Contains("class=\"search-results\"", html);
        Assert.Contains("Collective security treaty anniversary", html);
    }

    [Fact]
    public async Task OperatorsOfTheSearchSyntaxWork()
    {
        var phrase = await _client.GetTextAsync("/search?q=" + Uri.EscapeDataString("\"collective security\""));
        var excluded = await _client.GetTextAsync("/search?q=" + Uri.EscapeDataString("treaty -anniversary"));

        Assert.Contains("Collective security treaty anniversary", phrase);
        Assert.DoesNotContain("Collective security treaty anniversary", excluded);
    }

    [Theory]
    [InlineData("year=abc")]
    [InlineData("year=99999999999")]
    [InlineData("kind=42")]
    [InlineData("kind=%3Cscript%3E")]
    [InlineData("section=no-such-section")]
    [InlineData("person=nobody")]
    [InlineData("language=fr")]
    [InlineData("from=-5")]
    [InlineData("from=abc")]
    [InlineData("from=999999999")]
    [InlineData("q=treaty&q=security")]
    public async Task UnreadableParametersAreNamedAndLeftOut(string parameters)
    {
        var response = await _client.GetAsync("/search?q=treaty&" + parameters);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.DoesNotContain("<script>", html);
        if (!parameters.StartsWith("from", StringComparison.Ordinal) && !parameters.StartsWith("q=", StringComparison.Ordinal))
        {
            Assert.Contains("could not be read and were left out", html);
            Assert.Contains("Collective security treaty anniversary", html);
        }
    }

    /// <summary>The publications every test of this class searches, added once.</summary>
    public sealed class TreatyArchive : SeededPortal
    {
        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            Publication item = new PublicationBuilder(News, "Collective security treaty anniversary")
                .WithBody("The council marked the treaty's anniversary. ОДКБ — безопасность.");
            await AddAsync(item);
        }
    }
}
