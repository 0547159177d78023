using CstoPress.Core.People;
using CstoPress.Core.Publications;
using CstoPress.Web.Tests.Infrastructure;

namespace CstoPress.Web.Tests.Security;

/// <summary>
/// Every payload of the corpus is put into a title, a lead, a body, a photo caption and credit, a
/// speaker's name and a tag; no public page that shows them may carry an executable script.
/// </summary>
public class ScriptsInContentTests(ScriptsInContentTests.Portal portal) : IClassFixture<ScriptsInContentTests.Portal>
{
    public class Portal : SeededPortal
    {
        public List<(Publication Publication, Tag Tag, Person Speaker)> Items { get; } = [];

        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            var image = new StoredImage { Id = Guid.NewGuid(), ContentType = "image/png", Bytes = [0x89, 0x50, 0x4E, 0x47], Width = 10, Height = 10 };
            var payloads = XssPayloads.All;
            for (var i = 0; i < payloads.Count; i++)
            {
                var payload = payloads[i];
                var tag = new Tag { Slug = $"probe-tag-{i}", Name = payload };
                var speaker = new Person { Slug = $"probe-person-{i}", Name = payload };
                Publication publication = new PublicationBuilder(Catalog.Section("news"), $"{payload} title {i}")
                    .WithSlug($"probe-{i}")
                    .WithLead(payload)
                    .WithBody($"Before.\n\n{payload}\n\nAfter.")
                    .OfKind(PublicationKind.Speech)
                    .PublishedAt(StartTime.AddMinutes(-i - 1))
                    .With(p =>
                    {
                        p.Tags.Add(tag);
                        p.Speech = new SpeechDetails { Speaker = speaker, SpeakerPost = payload, Occasion = payload, Place = payload };
                        p.Document = new DocumentDetails { AdoptingBody = payload, DocumentNumber = payload.Length > 100 ? payload[..100] : payload };
                        p.Source = new SourceAttribution { Agency = payload.Length > 200 ? payload[..200] : payload };
                        p.Contact = new ContactSnapshot { Name = payload, Post = payload, Email = payload, Phone = payload.Length > 100 ? payload[..100] : payload };
                        p.Photos.Add(new Photo { Image = i == 0 ? image : null, ImageId = i == 0 ? null : image.Id, Caption = payload, AltText = payload, Credit = payload, Order = 0 });
                        p.ChangeNotes.Add(new ChangeNote { ChangedAt = StartTime.AddMinutes(-1), Note = payload });
                    });
                Items.Add((publication, tag, speaker));
            }

            // The first item carries the image; the others reference it once it exists.
            await AddAsync(Items[0].Publication);
            await AddAsync(Items.Skip(1).Select(i => i.Publication).ToArray());
        }
    }

    private readonly HttpClient _client = portal.CreateClient();

    [Fact]
    public async Task ListingsStayInert()
    {
        foreach (var url in new[] { "/", "/news", "/sections/news", "/ru", "/ru/news" })
        {
            InertHtml.AssertInert(await _client.GetStringAsync(url), url);
        }

        var page = "/news";
        for (var walked = 0; walked < 12; walked++)
        {
            var html = await _client.GetStringAsync(page);
            InertHtml.AssertInert(html, page);
            var older = InertHtml.Links(html).FirstOrDefault(a => a.GetAttribute("rel") == "next")?.GetAttribute("href");
            if (older is null)
            {
                break;
            }

            page = older;
        }
    }

    [Fact]
    public async Task PublicationTagAndPersonPagesStayInert()
    {
        foreach (var (publication, tag, speaker) in portal.Items)
        {
            foreach (var url in new[] { $"/news/{publication.Slug}", $"/tags/{tag.Slug}", $"/people/{speaker.Slug}" })
            {
                var response = await _client.GetAsync(url);
                Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode}");
                InertHtml.AssertInert(await response.Content.ReadAsStringAsync(), url);
            }
        }
    }
}
