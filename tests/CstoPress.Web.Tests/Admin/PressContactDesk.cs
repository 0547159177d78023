using CstoPress.Core.People;

namespace CstoPress.Web.Tests.Admin;

/// <summary>An editor at the press contacts catalog, and the contacts and signed publications the tests start from.</summary>
public sealed class PressContactDesk(SeededPortal portal, string email, HttpClient? client = null)
{
    /// <summary>The editor's client, signed in through the real form (not for a portal served to a browser).</summary>
    public HttpClient Client => client ?? throw new InvalidOperationException("This desk has an account only; sign a browser in with its Email.");

    /// <summary>The editor's account, as the audit log names them.</summary>
    public string Email { get; } = email;

    public static async Task<PressContactDesk> SignInAsync(SeededPortal portal)
    {
        var desk = await AccountAsync(portal);
        var client = portal.CookieClient();
        Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync(desk.Email, SignedInClients.Password)).StatusCode);
        return new PressContactDesk(portal, desk.Email, client);
    }

    public static async Task<PressContactDesk> AccountAsync(SeededPortal portal) =>
        new(portal, await portal.CreateUserAsync(PortalRoles.Editor));

    public static string PageOf(int contactId) => $"/admin/catalog/contacts/{contactId}";

    public async Task<PressContact> ContactAsync(string name, params string[] variants)
    {
        var contact = new PressContact { Name = name, Post = "Press Secretary", Phone = "+7 495 606-97-71", NameVariants = [.. variants] };
        await portal.WithDatabaseAsync(db =>
        {
            db.PressContacts.Add(contact);
            return Task.CompletedTask;
        });
        return contact;
    }

    /// <summary>A published item of <paramref name="contact"/> whose signature printed <paramref name="spelling"/>.</summary>
    public async Task<Publication> SignedAsync(PressContact contact, string spelling, string phone = "+7 495 606-97-71", int hoursAgo = 1)
    {
        var item = new PublicationBuilder(portal.News)
            .PublishedAt(portal.Clock.Now.AddHours(-hoursAgo))
            .With(p =>
            {
                p.PressContactId = contact.Id;
                p.Contact = new ContactSnapshot { Name = spelling, Post = "Press Secretary", Phone = phone };
            })
            .Build();
        await portal.AddAsync(item);
        return item;
    }

    public Task<HttpResponseMessage> PostAsync(int contactId, string handler, params (string Key, string Value)[] fields) =>
        Client.PostFormAsync($"{PageOf(contactId)}?handler={handler}", fields.Select(f => KeyValuePair.Create(f.Key, f.Value)), tokenFrom: PageOf(contactId));

    public async Task<string> TextOfAsync(HttpResponseMessage response) => WebUtility.HtmlDecode(
        response.StatusCode == HttpStatusCode.Redirect ? await Client.GetStringAsync(response.Headers.Location) : await response.Content.ReadAsStringAsync());

    public async Task<T> ReadAsync<T>(Func<CstoPress.Data.CstoPressDbContext, Task<T>> query)
    {
        T result = default!;
        await portal.WithDatabaseAsync(async db => result = await query(db));
        return result;
    }

    public Task<PressContact?> StoredAsync(int contactId) => ReadAsync(db => db.PressContacts.AsNoTracking().FirstOrDefaultAsync(c => c.Id == contactId));

    public Task<int?> ContactOfAsync(Publication item) => ReadAsync(db => db.Publications.Where(p => p.Id == item.Id).Select(p => p.PressContactId).SingleAsync());
}
