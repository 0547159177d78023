namespace CstoPress.Web.Tests.Admin;

public class EditingAPressContactTests(SeededPortal portal) : IClassFixture<SeededPortal>
{
    [Fact]
    public async Task ANewContactWithoutANameKeepsWhatWasTypedWithTheMessageByTheField()
    {
        var desk = await PressContactDesk.SignInAsync(portal);

        var response = await desk.Client.PostFormAsync("/admin/catalog/contacts?handler=Save",
            [new("Input.Name", "  "), new("Input.Post", "Deputy Press Secretary"), new("Input.Phone", "+7 495 000-11-22"), new("Input.Email", "deputy@example.org")],
            tokenFrom: "/admin/catalog/contacts");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await desk.TextOfAsync(response);
        Assert.Matches("<input[^>]*id=\"Input_Name\"[^>]*>\\s*<span class=\"field-error field-validation-error\"[^>]*>A press contact needs a name.</span>", html);
        Assert.Contains("value=\"Deputy Press Secretary\"", html);
        Assert.Contains("value=\"+7 495 000-11-22\"", html);
        Assert.False(await desk.ReadAsync(db => db.PressContacts.AnyAsync(c => c.Post == "Deputy Press Secretary")));
    }

    [Fact]
    public async Task AddingAContactIsAudited()
    {
        var desk = await PressContactDesk.SignInAsync(portal);

        var response = await desk.Client.PostFormAsync("/admin/catalog/contacts?handler=Save", [new("Input.Name", "Maria Belova"), new("Input.Email", "")],
            tokenFrom: "/admin/catalog/contacts");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("Maria Belova added.", await desk.TextOfAsync(response));
        Assert.Equal(desk.Email, (await desk.ReadAsync(db => db.AuditLog.SingleAsync(a => a.Subject == "Press contact Maria Belova"))).Actor);
    }

    [Fact]
    public async Task ABadEditKeepsWhatWasTypedAndChangesNothing()
    {
        var desk = await PressContactDesk.SignInAsync(portal);
        var contact = await desk.ContactAsync("Pavel Orlov");
        await desk.ContactAsync("Petr Orlov");

        var taken = await desk.PostAsync(contact.Id, "Save", ("Input.Name", "petr  orlov"), ("Input.Post", "Spokesman"));
        var badMail = await desk.PostAsync(contact.Id, "Save", ("Input.Name", "Pavel Orlov"), ("Input.Email", "not an address"));

        Assert.Equal(HttpStatusCode.OK, taken.StatusCode);
        var html = await desk.TextOfAsync(taken);
        Assert.Contains("Another press contact is named 'petr  orlov'; merge the two instead.", html);
        Assert.Contains("value=\"Spokesman\"", html);
        Assert.Contains("Type an e-mail address such as press@example.org", await desk.TextOfAsync(badMail));
        var stored = await desk.StoredAsync(contact.Id);
        Assert.Equal(("Pavel Orlov", "Press Secretary"), (stored!.Name, stored.Post));
    }

    [Fact]
    public async Task RenamingKeepsTheFormerNameAsASpellingAndIsAudited()
    {
        var desk = await PressContactDesk.SignInAsync(portal);
        var contact = await desk.ContactAsync("A. Sidorov");

        var response = await desk.PostAsync(contact.Id, "Save", ("Input.Name", "Andrei Sidorov"), ("Input.Post", "Press Secretary"), ("Input.Phone", "+7 495 606-97-00"));

        Assert.Equal(PressContactDesk.PageOf(contact.Id), response.Headers.Location!.OriginalString);
        Assert.Contains("'A. Sidorov' is kept as a spelling", await desk.TextOfAsync(response));
        var stored = await desk.StoredAsync(contact.Id);
        Assert.Equal(("Andrei Sidorov", "+7 495 606-97-00"), (stored!.Name, stored.Phone));
        Assert.Equal(["A. Sidorov"], stored.NameVariants);
        var entry = await desk.ReadAsync(db => db.AuditLog.SingleAsync(a => a.Action == "edited a press contact" && a.Subject == "Press contact Andrei Sidorov"));
        Assert.Equal((desk.Email, "renamed from 'A. Sidorov'"), (entry.Actor, entry.Details));
    }
}
