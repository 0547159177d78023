using CstoPress.Core.Organization;

namespace CstoPress.Web.Tests.Organization.Admin;

/// <summary>Meetings announced and moved from the admin, with each status change kept; a body's role and periods edited.</summary>
public class KeepingTheCalendarAndTheBodiesTests(RegisterPortal portal) : IClassFixture<RegisterPortal>
{
    [Fact]
    public async Task APostponementNeedsAReasonAndIsKeptInTheMeetingsHistory()
    {
        var editor = await RegisterDesk.SignInAsync(portal);
        var admin = await RegisterDesk.SignInAsync(portal, PortalRoles.Admin);
        var id = await editor.CreateAsync(RegisterDesk.Meetings, RegisterDesk.MeetingFields(portal.BodyId("council-of-foreign-ministers"), 31, "2024-08-10"));
        await editor.PublishAsync("meeting", id, admin);
        var status = $"/admin/register/meetings/status/{id}";

        var bare = await editor.ActAsync(status + "?handler=Postpone", $"{RegisterDesk.Meetings}/{id}", new() { ["NewDay"] = "2024-09-05", ["Reason"] = " " });
        Assert.Contains("A postponement needs a reason.", bare);
        var moved = await editor.ActAsync(status + "?handler=Postpone", $"{RegisterDesk.Meetings}/{id}",
            new() { ["NewDay"] = "2024-09-05", ["Reason"] = "At the request of the chairing State" });

        var history = moved[moved.IndexOf("Status history", StringComparison.Ordinal)..];
        Assert.Contains("Confirmed → Postponed", history);
        Assert.Contains("10.08.2024 → 05.09.2024", history);
        Assert.Contains("At the request of the chairing State", history);
        var publicPage = await portal.CreateClient().GetTextAsync("/meetings/council-of-foreign-ministers/31");
        Assert.Contains("At the request of the chairing State", publicPage);
        var changes = new List<MeetingStatusChange>();
        await portal.WithDatabaseAsync(async db => changes = await db.MeetingStatusChanges.Where(c => c.MeetingId == id).OrderBy(c => c.Id).ToListAsync());
        Assert.Equal([MeetingStatus.Confirmed, MeetingStatus.Postponed], changes.Select(c => c.To));
        Assert.Equal(new DateOnly(2024, 8, 10), changes[1].PreviousDay);
    }

    [Fact]
    public async Task AMeetingNumberIsUsedOncePerBody()
    {
        var editor = await RegisterDesk.SignInAsync(portal);
        var body = portal.BodyId("council-of-defence-ministers");
        await editor.CreateAsync(RegisterDesk.Meetings, RegisterDesk.MeetingFields(body, 4, "2024-08-20"));

        var again = await editor.PostEntryAsync(RegisterDesk.Meetings, null, RegisterDesk.MeetingFields(body, 4, "2024-08-21"));

        Assert.Contains("The Council of Defence Ministers already has a meeting numbered 4.", WebUtility.HtmlDecode(await again.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task ABodysRoleAndChairmanshipAreEditedAndAnOverlappingPeriodIsRefused()
    {
        var editor = await RegisterDesk.SignInAsync(portal);
        var id = portal.BodyId("secretariat");
        var edit = $"/admin/register/bodies/edit/{id}";
        var version = Regex.Match(await editor.Client.GetStringAsync(edit), "name=\"Version\" value=\"(\\d+)\"").Groups[1].Value;

        var saved = await editor.Client.PostFormAsync(edit, new Dictionary<string, string>
        {
            ["Role"] = "The permanent working body of the Organization.", ["RoleRu"] = "Постоянно действующий рабочий орган Организации.", ["Version"] = version,
        });
        var terms = $"/admin/register/bodies/terms/{id}";
        await editor.ActAsync(terms + "?handler=AddChair", edit, new() { ["State"] = "Kazakhstan", ["From"] = "2024-01-01", ["To"] = "2024-12-31" });
        var overlap = await editor.ActAsync(terms + "?handler=AddChair", edit, new() { ["State"] = "Russia", ["From"] = "2024-06-01" });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("Another State chairs the body during part of this period.", overlap);
        var publicPage = await portal.CreateClient().GetTextAsync("/ru/bodies/secretariat");
        Assert.Contains("Постоянно действующий рабочий орган Организации.", publicPage);
        Assert.Contains("Республика Казахстан", publicPage);
        var history = await editor.Client.GetTextAsync($"/admin/register/history/body/{id}");
        Assert.Contains("added a chairmanship", history);
        Assert.Contains("<ins>+ 01.01.2024 – 31.12.2024 Kazakhstan</ins>", history);

        var stale = await editor.Client.PostFormAsync(edit, new Dictionary<string, string> { ["Role"] = "A stale text.", ["RoleRu"] = "", ["Version"] = version });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("A stale text.", WebUtility.HtmlDecode(await stale.Content.ReadAsStringAsync()));
    }
}
