using System.Globalization;
using System.Net;
using CstoPress.Core.People;
using CstoPress.Core.Publications;
using CstoPress.Web.Accounts;
using CstoPress.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CstoPress.Web.Tests.Admin;

public class CatalogMergingTests(SeededPortal portal) : IClassFixture<SeededPortal>
{
    [Fact]
    public async Task MergingDuplicateTagsKeepsEveryPublicationTagged()
    {
        var kept = new Tag { Slug = "peacekeeping", Name = "Peacekeeping" };
        var duplicate = new Tag { Slug = "peace-keeping", Name = "Peace-keeping" };
        var both = new PublicationBuilder(portal.News).With(p => p.Tags = [kept, duplicate]).Build();
        var onlyDuplicate = new PublicationBuilder(portal.News).With(p => p.Tags = [duplicate]).Build();
        await portal.AddAsync(both, onlyDuplicate);
        var editor = await portal.SignedInAsync(PortalRoles.Editor);

        var response = await editor.PostFormAsync("/admin/catalog/tags?handler=Merge",
            [new("id", Id(duplicate.Id)), new("into", Id(kept.Id))], tokenFrom: "/admin/catalog/tags");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await portal.WithDatabaseAsync(async db =>
        {
            Assert.False(await db.Tags.AnyAsync(t => t.Id == duplicate.Id));
            var tagged = await db.Tags.Where(t => t.Id == kept.Id).SelectMany(t => t.Publications).Select(p => p.Id).ToListAsync();
            Assert.Contains(both.Id, tagged);
            Assert.Contains(onlyDuplicate.Id, tagged);
        });
    }

    [Fact]
    public async Task MergingADuplicatePersonMovesSpeechesAndPostsAndKeepsTheSpelling()
    {
        var duplicate = new Person { Slug = "i-tasmagambetov-dup", Name = "I. Tasmagambetov (duplicate)" };
        await portal.WithDatabaseAsync(db => { db.People.Add(duplicate); return Task.CompletedTask; });
        var kept = portal.Catalog.People.Single(p => p.Slug == "imangali-tasmagambetov");
        var speech = new PublicationBuilder(portal.News).OfKind(PublicationKind.Speech).With(p => p.Speech = new SpeechDetails { SpeakerId = duplicate.Id }).Build();
        await portal.AddAsync(speech);
        var editor = await portal.SignedInAsync(PortalRoles.Editor);

        await editor.PostFormAsync("/admin/catalog/people?handler=Merge",
            [new("id", Id(duplicate.Id)), new("into", Id(kept.Id))], tokenFrom: "/admin/catalog/people");

        await portal.WithDatabaseAsync(async db =>
        {
            Assert.False(await db.People.AnyAsync(p => p.Id == duplicate.Id));
            Assert.Equal(kept.Id, (await db.Publications.AsNoTracking().SingleAsync(p => p.Id == speech.Id)).Speech.SpeakerId);
            Assert.Contains("I. Tasmagambetov (duplicate)", (await db.People.SingleAsync(p => p.Id == kept.Id)).NameVariants);
        });
    }

    [Fact]
    public async Task OnlyAnAdminEditsSections()
    {
        var editor = await portal.SignedInAsync(PortalRoles.Editor);
        var admin = await portal.SignedInAsync(PortalRoles.Admin);

        Assert.NotEqual(HttpStatusCode.OK, (await editor.GetAsync("/admin/catalog/sections")).StatusCode);
        var response = await admin.PostFormAsync("/admin/catalog/sections?handler=Save",
            [new("section.Id", "0"), new("section.Slug", "briefings"), new("section.Name", "Briefings"), new("section.NameRu", "Брифинги"), new("section.Order", "9")],
            tokenFrom: "/admin/catalog/sections");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("Briefings", await admin.GetStringAsync("/admin/catalog/sections"));
    }

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);
}
