using System.Text.Json;
using CstoPress.Web.Addressing;
using CstoPress.Web.Tests.Admin;
using CstoPress.Web.Tests.Caching;

namespace CstoPress.Web.Tests.Pages;

/// <summary>
/// Readers see one name for one person: the press contact's as the catalog keeps it, on the page, in the feeds
/// and in the API, while the phone and post stay as printed. With the kept pages on, as readers get them.
/// </summary>
public class ContactNameOnPublicPagesTests(ServingPagesReadyMade.CachingPortal portal) : IClassFixture<ServingPagesReadyMade.CachingPortal>
{
    [Fact]
    public async Task APageSignedWithAnotherSpellingShowsTheCatalogNameAndTheNewOneAfterAnEdit()
    {
        var desk = await PressContactDesk.SignInAsync(portal);
        var contact = await desk.ContactAsync("Vladimir Zainullin", "V. Zaynullin");
        var item = await desk.SignedAsync(contact, "V. Zaynullin", phone: "+7 495 606-97-71");
        var reader = portal.CreateClient();
        var page = SiteLinks.Publication(ContentLanguage.En, item.Slug);
        var before = await reader.GetTextAsync(page);
        Assert.Contains("<strong>Vladimir Zainullin</strong>, Press Secretary", before);
        Assert.DoesNotContain("V. Zaynullin", before);

        await desk.PostAsync(contact.Id, "Save", ("Input.Name", "Vladimir Zaynullin"), ("Input.Post", "Head of the Press Office"), ("Input.Phone", "+7 495 000-00-00"));

        var after = await reader.GetTextAsync(page);
        Assert.Contains("<strong>Vladimir Zaynullin</strong>, Press Secretary", after);
        Assert.Contains("+7 495 606-97-71", after);
        Assert.DoesNotContain("+7 495 000-00-00", after);
        Assert.Contains("Vladimir Zaynullin, Press Secretary, +7 495 606-97-71", await reader.GetStringAsync("/feeds/all.atom"));
        var api = JsonDocument.Parse(await reader.GetStringAsync("/api/v1/publications/" + item.Slug)).RootElement.GetProperty("contact");
        Assert.Equal(("Vladimir Zaynullin", "+7 495 606-97-71"), (api.GetProperty("name").GetString(), api.GetProperty("phone").GetString()));
        Assert.Equal("V. Zaynullin", await desk.ReadAsync(db => Task.FromResult(db.Publications.Where(p => p.Id == item.Id).Select(p => p.Contact.Name).Single())));
    }
}
