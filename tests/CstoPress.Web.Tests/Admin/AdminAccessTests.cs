using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;

namespace CstoPress.Web.Tests.Admin;

public class AdminAccessTests(SeededPortal portal) : IClassFixture<SeededPortal>
{
    [Fact]
    public async Task AnAnonymousVisitorIsSentToSignIn()
    {
        var response = await portal.CookieClient().GetAsync("/admin");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location!.PathAndQuery(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task AJournalistCannotEnterTheAdminArea()
    {
        var journalist = await portal.SignedInAsync(PortalRoles.Journalist);

        var response = await journalist.GetAsync("/admin");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/denied", response.Headers.Location!.PathAndQuery(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.Forbidden, (await journalist.GetAsync(response.Headers.Location)).StatusCode);
    }

    [Fact]
    public async Task AnEditorCannotManageUsersOrReadTheAuditLog()
    {
        var editor = await portal.SignedInAsync(PortalRoles.Editor);

        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync("/admin")).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await editor.GetAsync("/admin/users")).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await editor.GetAsync("/admin/audit")).StatusCode);
    }

    [Fact]
    public async Task AnEditorCannotGiveThemselvesAnotherRoleByAddingFormFields()
    {
        var email = await portal.CreateUserAsync(PortalRoles.Editor);
        var editor = portal.CookieClient();
        await editor.SignInAsync(email, SignedInClients.Password);
        string userId = "";
        await portal.WithDatabaseAsync(async db => userId = (await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.Users, u => u.Email == email)).Id);

        var token = await editor.AntiforgeryTokenAsync("/admin");
        await editor.PostAsync("/admin/users?handler=Role", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["userId"] = userId, ["role"] = PortalRoles.Admin, ["__RequestVerificationToken"] = token,
        }));
        await editor.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = email, ["Input.Password"] = SignedInClients.Password, ["Input.Role"] = PortalRoles.Admin,
            ["Role"] = PortalRoles.Admin, ["__RequestVerificationToken"] = token,
        }));

        await using var scope = portal.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Data.Accounts.PortalUser>>();
        Assert.Equal([PortalRoles.Editor], await users.GetRolesAsync((await users.FindByEmailAsync(email))!));
    }

    [Fact]
    public async Task AnAdminManagesUsersAndRoles()
    {
        var admin = await portal.SignedInAsync(PortalRoles.Admin);
        var email = $"new-{Guid.NewGuid():N}@example.org";

        var created = await admin.PostFormAsync("/admin/users?handler=Create",
            [new("NewAccount.Email", email), new("NewAccount.Password", "an entirely new passphrase"), new("NewAccount.Role", PortalRoles.Journalist)],
            tokenFrom: "/admin/users");

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Contains(email, await admin.GetStringAsync("/admin/users"));
    }

    [Fact]
    public async Task APostWithoutTheAntiforgeryTokenIsRejected()
    {
        var editor = await portal.SignedInAsync(PortalRoles.Editor);

        var response = await editor.PostAsync("/admin/publications/edit", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Title"] = "Forged from another site", ["Input.SectionId"] = portal.News.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }));

        // Refused, and sent back to the form (an editor's expired form gets there too, with a message) rather than to a bare 400.
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin/publications/edit", response.Headers.Location!.OriginalString);
        await portal.WithDatabaseAsync(async db =>
            Assert.False(await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AnyAsync(db.Publications, p => p.Title == "Forged from another site")));
    }

    [Fact]
    public async Task EveryAdminRouteRefusesAnonymousVisitorsAndJournalists()
    {
        var routes = AdminRoutes();
        Assert.True(routes.Count >= 6, "Found only: " + string.Join(", ", routes));
        var anonymous = portal.CookieClient();
        var journalist = await portal.SignedInAsync(PortalRoles.Journalist);

        foreach (var route in routes)
        {
            foreach (var (who, client) in new[] { ("anonymous", anonymous), ("journalist", journalist) })
            {
                var get = await client.GetAsync(route);
                var post = await client.PostAsync(route, new FormUrlEncodedContent([]));
                Assert.True(get.StatusCode != HttpStatusCode.OK, $"GET {route} answered 200 to {who}");
                Assert.True(post.StatusCode != HttpStatusCode.OK, $"POST {route} answered 200 to {who}");
                Assert.True((int)post.StatusCode < 500, $"POST {route} answered {post.StatusCode} to {who}");
            }
        }
    }

    /// <summary>Every page endpoint of the Admin area, with its route parameters filled in.</summary>
    private List<string> AdminRoutes() =>
        portal.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is { AreaName: "Admin" })
            .Select(e => "/" + System.Text.RegularExpressions.Regex.Replace(e.RoutePattern.RawText!, @"\{[^}]+\}", "1"))
            .Distinct()
            .ToList();
}

internal static class UriPaths
{
    public static string PathAndQuery(this Uri uri) => uri.IsAbsoluteUri ? uri.PathAndQuery : uri.OriginalString;
}
