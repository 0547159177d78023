using System.ServiceModel.Syndication;
using System.Xml;
using System.Xml.Linq;

namespace CstoPress.Web.Tests.Feeds;

/// <summary>A feed fetched and read the way a feed reader does: a strict XML parser, then SyndicationFeed.</summary>
public sealed record FetchedFeed(HttpResponseMessage Response, string Xml, XDocument Document, SyndicationFeed Feed)
{
    public static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    public IReadOnlyList<string> Titles => Feed.Items.Select(i => i.Title.Text).ToList();

    public static async Task<FetchedFeed> LoadAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var xml = await response.Content.ReadAsStringAsync();
        var settings = new XmlReaderSettings { CheckCharacters = true, DtdProcessing = DtdProcessing.Prohibit };
        XDocument document;
        using (var reader = XmlReader.Create(new StringReader(xml), settings))
        {
            document = XDocument.Load(reader);
        }

        SyndicationFeed feed;
        using (var reader = XmlReader.Create(new StringReader(xml), settings))
        {
            feed = SyndicationFeed.Load(reader);
        }

        return new FetchedFeed(response, xml, document, feed);
    }
}
