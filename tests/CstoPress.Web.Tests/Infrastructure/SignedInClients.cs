using Microsoft.AspNetCore.Mvc.Testing;

namespace CstoPress.Web.Tests.Infrastructure;

/// <summary>Accounts made through Identity in the test's database, and clients that sign in through the real form.</summary>
public static partial class SignedInClients
{
    public static async Task<string> CreateUserAsync(this PortalFactory portal, string role, string? email = null, string? password = null)
    {
        email ??= $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@example.org";
        await using var scope = portal.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<AccountSetup>()
            .CreateAsync(email, password ?? Password, role);
        Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Description)));
        return email;
    }

    public const string Password = "a long walk to the press office";

    /// <summary>A client that keeps cookies and does not follow redirects, so the tests see where they lead.</summary>
    public static HttpClient CookieClient(this PortalFactory portal) =>
        portal.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public static async Task<HttpClient> SignedInAsync(this PortalFactory portal, string role)
    {
        var email = await portal.CreateUserAsync(role);
        var client = portal.CookieClient();
        var response = await client.SignInAsync(email, Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    /// <summary>One new user signed in from two browsers (the office and home), the home one shown to reach the admin area.</summary>
    public static async Task<(string Email, HttpClient Office, HttpClient Home)> TwoSessionsAsync(this PortalFactory portal, string role)
    {
        var email = await portal.CreateUserAsync(role);
        var office = portal.CookieClient();
        var home = portal.CookieClient();
        await office.SignInAsync(email, Password);
        await home.SignInAsync(email, Password);
        Assert.Equal(HttpStatusCode.OK, (await home.GetAsync("/admin")).StatusCode);
        return (email, office, home);
    }

    public static async Task<HttpResponseMessage> SignInAsync(this HttpClient client, string email, string password, string returnUrl = "")
    {
        var token = await client.AntiforgeryTokenAsync("/account/login");
        return await client.PostAsync("/account/login" + (returnUrl.Length > 0 ? "?returnUrl=" + Uri.EscapeDataString(returnUrl) : ""),
            new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Input.Email"] = email,
                ["Input.Password"] = password,
                ["__RequestVerificationToken"] = token,
            }));
    }

    /// <summary>The antiforgery token of the first form on a page (the cookie half stays in the client).</summary>
    public static async Task<string> AntiforgeryTokenAsync(this HttpClient client, string url)
    {
        return TokenIn(await client.GetStringAsync(url));
    }

    public static string TokenIn(string html)
    {
        var match = TokenField().Match(html);
        Assert.True(match.Success, "No antiforgery token on the page");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    /// <summary>Posts a form with the page's antiforgery token added.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string url, IEnumerable<KeyValuePair<string, string>> fields, string? tokenFrom = null)
    {
        var token = await client.AntiforgeryTokenAsync(tokenFrom ?? url);
        var all = fields.Append(new("__RequestVerificationToken", token));
        return await client.PostAsync(url, new FormUrlEncodedContent(all));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
