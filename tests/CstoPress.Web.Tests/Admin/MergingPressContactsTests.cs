namespace CstoPress.Web.Tests.Admin;

public class MergingPressContactsTests(SeededPortal portal) : IClassFixture<SeededPortal>
{
    [Fact]
    public async Task MergingADuplicateMovesItsPublicationsKeepsItsSpellingsAndIsAudited()
    {
        var desk = await PressContactDesk.SignInAsync(portal);
        var kept = await desk.ContactAsync("Vladimir Zainullin");
        var duplicate = await desk.ContactAsync("V. Zaynullin", "В. Зайнуллин");
        var signed = await desk.SignedAsync(duplicate, "V. Zaynullin");

        var response = await desk.PostAsync(duplicate.Id, "Merge", ("into", kept.Id.ToString()));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(PressContactDesk.PageOf(kept.Id), response.Headers.Location!.OriginalString);
        Assert.Contains("V. Zaynullin was merged into this contact: 1 publication(s) moved", await desk.TextOfAsync(response));
        Assert.Null(await desk.StoredAsync(duplicate.Id));
        Assert.Equal(kept.Id, await desk.ContactOfAsync(signed));
        Assert.Equal(["V. Zaynullin", "В. Зайнуллин"], (await desk.StoredAsync(kept.Id))!.NameVariants);
        var entry = await desk.ReadAsync(db => db.AuditLog.SingleAsync(a => a.Action == "merged press contacts"));
        Assert.Equal(desk.Email, entry.Actor);
        Assert.Equal(portal.Clock.Now, entry.At);
        Assert.Equal($"'V. Zaynullin' (#{duplicate.Id}) merged into 'Vladimir Zainullin' (#{kept.Id}); 1 publication(s) and its spellings moved", entry.Details);
    }

    [Fact]
    public async Task MergingIntoItselfOrIntoAContactThatIsGoneIsRefusedAndChangesNothing()
    {
        var desk = await PressContactDesk.SignInAsync(portal);
        var contact = await desk.ContactAsync("Natalia Zaitseva");
        var signed = await desk.SignedAsync(contact, "Natalia Zaitseva");

        foreach (var into in new[] { 0, contact.Id, 999_999 })
        {
            var response = await desk.PostAsync(contact.Id, "Merge", ("into", into.ToString()));

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("Choose the other contact this one is a duplicate of.", await desk.TextOfAsync(response));
        }

        Assert.NotNull(await desk.StoredAsync(contact.Id));
        Assert.Equal(contact.Id, await desk.ContactOfAsync(signed));
    }

    [Fact]
    public async Task MergingAContactThatIsGoneSaysSoOnTheList()
    {
        var desk = await PressContactDesk.SignInAsync(portal);
        var other = await desk.ContactAsync("Someone Kept");

        var response = await desk.Client.PostFormAsync($"{PressContactDesk.PageOf(999_998)}?handler=Merge", [new("into", other.Id.ToString())],
            tokenFrom: "/admin/catalog/contacts");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin/catalog/contacts", response.Headers.Location!.OriginalString);
        Assert.Contains("That press contact no longer exists", await desk.TextOfAsync(response));
        Assert.NotNull(await desk.StoredAsync(other.Id));
    }
}
