using CstoPress.Web.Tests.Admin;
using Microsoft.Playwright;

namespace CstoPress.Web.Tests.Browser;

public class SplittingAPressContactInBrowserTests(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    [Fact]
    public async Task AnEditorTicksASpellingAndItsPublicationsGoToANewContact()
    {
        var desk = await PressContactDesk.AccountAsync(portal);
        var contact = await desk.ContactAsync("Viktor Zainullin", "V. Zainullin", "Vadim Zainulin");
        var signed = await desk.SignedAsync(contact, "Vadim Zainulin");
        var page = await portal.SignedInPageAsync(desk.Email, PressContactDesk.PageOf(contact.Id));

        await page.GetByRole(AriaRole.Button, new() { Name = "Split off the ticked spellings" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Choose at least one spelling to split off.");

        await page.GetByLabel("Vadim Zainulin").CheckAsync();
        await page.GetByLabel("Move them to").SelectOptionAsync(new SelectOptionValue { Label = "a new contact" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Split off the ticked spellings" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Vadim Zainulin");
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("1 publication(s) moved to this contact");
        Assert.NotEqual(contact.Id, await desk.ContactOfAsync(signed));
    }
}
