namespace CstoPress.Web.Tests.Admin;

/// <summary>The importer took two people for one because their surnames read alike; an editor splits them again.</summary>
public class SplittingAPressContactTests(SeededPortal portal) : IClassFixture<SeededPortal>
{
    [Fact]
    public async Task TheContactsPageShowsEachSpellingWithThePublicationsSignedSo()
    {
        var desk = await PressContactDesk.SignInAsync(portal);
        var contact = await desk.ContactAsync("Vladimir Zainullin", "V. Zainullin", "Vadim Zaynulin");
        await desk.SignedAsync(contact, "Vladimir Zainullin");
        await desk.SignedAsync(contact, "Vadim Zaynulin");
        await desk.SignedAsync(contact, "Vadim Zaynulin");
        await desk.SignedAsync(contact, "Vadim Zaynullin");

        var html = WebUtility.HtmlDecode(await desk.Client.GetStringAsync(PressContactDesk.PageOf(contact.Id)));

        Assert.Matches(@"Vladimir Zainullin\s*</td>\s*<td>1</td>\s*<td>the contact's name", html);
        Assert.Matches(@"V\. Zainullin</label>\s*</td>\s*<td>0</td>\s*<td>a name variant", html);
        Assert.Matches(@"Vadim Zaynulin</label>\s*</td>\s*<td>2</td>\s*<td>a name variant", html);
        Assert.Matches(@"Vadim Zaynullin</label>\s*</td>\s*<td>1</td>\s*<td>printed on pages only", html);
    }

    [Fact]
    public async Task SplittingSpellingsOffIntoANewContactMovesThePublicationsSignedSo()
    {
        var desk = await PressContactDesk.SignInAsync(portal);
        var contact = await desk.ContactAsync("Viktor Zainullin", "V. Zainullin", "Vadim Zainulin", "В. Зайнулин");
        var his = await desk.SignedAsync(contact, "Viktor Zainullin");
        var initials = await desk.SignedAsync(contact, "V. Zainullin");
        var older = await desk.SignedAsync(contact, "Vadim Zainulin", phone: "+375 17 111-11-11", hoursAgo: 5);
        var newer = await desk.SignedAsync(contact, "В. Зайнулин", phone: "+375 17 222-22-22", hoursAgo: 2);

        var response = await desk.PostAsync(contact.Id, "Split", ("spellings", "Vadim Zainulin"), ("spellings", "В. Зайнулин"), ("into", "0"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var created = await desk.ReadAsync(db => db.PressContacts.AsNoTracking().SingleAsync(c => c.Name == "Vadim Zainulin"));
        Assert.Equal(PressContactDesk.PageOf(created.Id), response.Headers.Location!.OriginalString);
        Assert.Contains("Vadim Zainulin, В. Зайнулин split off Viktor Zainullin: 2 publication(s) moved", await desk.TextOfAsync(response));
        Assert.Equal(["В. Зайнулин"], created.NameVariants);
        Assert.Equal("+375 17 222-22-22", created.Phone);
        Assert.Equal([created.Id, created.Id], [await desk.ContactOfAsync(older), await desk.ContactOfAsync(newer)]);
        Assert.Equal([contact.Id, contact.Id], [await desk.ContactOfAsync(his), await desk.ContactOfAsync(initials)]);
        Assert.Equal(["V. Zainullin"], (await desk.StoredAsync(contact.Id))!.NameVariants);
        Assert.Equal("Vadim Zainulin", await desk.ReadAsync(db => db.Publications.Where(p => p.Id == older.Id).Select(p => p.Contact.Name).SingleAsync()));
        var entry = await desk.ReadAsync(db => db.AuditLog.SingleAsync(a => a.Action == "split a press contact" && a.Subject == "Press contact Viktor Zainullin"));
        Assert.Equal(desk.Email, entry.Actor);
        Assert.Equal(
            $"'Vadim Zainulin', 'В. Зайнулин' split off 'Viktor Zainullin' (#{contact.Id}) into 'Vadim Zainulin' (#{created.Id}); 2 publication(s) moved",
            entry.Details);
    }

    [Fact]
    public async Task SplittingIntoAnExistingContactGivesItTheSpellings()
    {
        var desk = await PressContactDesk.SignInAsync(portal);
        var contact = await desk.ContactAsync("Oleg Zhukov", "O. Zhukova");
        var other = await desk.ContactAsync("Olga Zhukova");
        var hers = await desk.SignedAsync(contact, "O. Zhukova");

        var response = await desk.PostAsync(contact.Id, "Split", ("spellings", "O. Zhukova"), ("into", other.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Equal(PressContactDesk.PageOf(other.Id), response.Headers.Location!.OriginalString);
        Assert.Equal(other.Id, await desk.ContactOfAsync(hers));
        Assert.Equal(["O. Zhukova"], (await desk.StoredAsync(other.Id))!.NameVariants);
        Assert.Empty((await desk.StoredAsync(contact.Id))!.NameVariants);
    }

    [Theory]
    [InlineData("", "0", "Choose at least one spelling to split off.")]
    [InlineData("Irina Volkova", "0", "'Irina Volkova' is the contact's own name and stays with it")]
    [InlineData("Someone Else", "0", "'Someone Else' is not a spelling of Irina Volkova")]
    [InlineData("I. Volkov", "self", "Choose a new contact or another one to take the spellings.")]
    [InlineData("I. Volkov", "999999", "Choose a new contact or one of those listed to take the spellings.")]
    public async Task ABadSplitIsRefusedWithTheReasonAndTheChoiceKept(string spelling, string into, string reason)
    {
        var desk = await PressContactDesk.SignInAsync(portal);
        var contact = await desk.ContactAsync("Irina Volkova", "I. Volkov");
        var signed = await desk.SignedAsync(contact, "I. Volkov");
        var self = contact.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var response = await desk.PostAsync(contact.Id, "Split", ("spellings", spelling), ("into", into == "self" ? self : into));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await desk.TextOfAsync(response);
        Assert.Contains(reason, html);
        if (spelling == "I. Volkov")
        {
            Assert.Matches("value=\"I. Volkov\" checked", html);
        }

        Assert.Equal(contact.Id, await desk.ContactOfAsync(signed));
        Assert.Equal(["I. Volkov"], (await desk.StoredAsync(contact.Id))!.NameVariants);
    }

    [Fact]
    public async Task AnUnknownContactIsNotFoundAndSplittingItSaysSo()
    {
        var desk = await PressContactDesk.SignInAsync(portal);

        Assert.Equal(HttpStatusCode.NotFound, (await desk.Client.GetAsync(PressContactDesk.PageOf(999_997))).StatusCode);
        var response = await desk.Client.PostFormAsync($"{PressContactDesk.PageOf(999_997)}?handler=Split", [new("spellings", "Anyone"), new("into", "0")],
            tokenFrom: "/admin/catalog/contacts");

        Assert.Equal("/admin/catalog/contacts", response.Headers.Location!.OriginalString);
        Assert.Contains("That press contact no longer exists", await desk.TextOfAsync(response));
    }
}
