using System.Text;
using CstoPress.Web.Tests.Admin;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Serilog;
using Serilog.Events;
using Serilog.Extensions.Logging;

namespace CstoPress.Web.Tests.Security;

/// <summary>
/// Every security event reaches the log once per occurrence, with the client's real address and the
/// account, and never with a password, a cookie or a token. Each test speaks from an address of its
/// own, so it counts only its own events.
/// </summary>
public class SecurityEventLogTests(ProxiedPortal portal) : IClassFixture<ProxiedPortal>
{
    private static int _address;

    private static string NewAddress() => $"198.51.100.{Interlocked.Increment(ref _address)}";

    [Fact]
    public async Task ASuccessfulSignInIsLoggedOnceWithTheUserAndAddress()
    {
        var ip = NewAddress();
        var email = await portal.CreateUserAsync(PortalRoles.Editor);

        await portal.ClientFrom(ip).SignInAsync(email, SignedInClients.Password);

        var signedIn = Assert.Single(portal.Log.SecurityEventsFrom(ip));
        AssertEvent(signedIn, SecurityEvent.SignedIn, email, ip);
        AssertKeepsNoSecret(ip, SignedInClients.Password);
    }

    [Fact]
    public async Task AFailedSignInIsLoggedOnceWithTheAddressTypedButNotThePassword()
    {
        var ip = NewAddress();
        var email = await portal.CreateUserAsync(PortalRoles.Editor);

        await portal.ClientFrom(ip).SignInAsync(email, "my secret guess at the password");
        await portal.ClientFrom(ip).SignInAsync("nobody-" + email, "another secret guess");

        var events = portal.Log.SecurityEventsFrom(ip);
        Assert.Equal(2, events.Count);
        AssertEvent(events[0], SecurityEvent.SignInFailed, email, ip);
        AssertEvent(events[1], SecurityEvent.SignInFailed, "nobody-" + email, ip);
        AssertKeepsNoSecret(ip, "my secret guess at the password", "another secret guess");
    }

    [Fact]
    public async Task TheFifthFailureIsLoggedAsOneLockout()
    {
        var ip = NewAddress();
        var email = await portal.CreateUserAsync(PortalRoles.Editor);
        var client = portal.ClientFrom(ip);
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await client.SignInAsync(email, "guessing the password " + attempt);
        }

        var events = portal.Log.SecurityEventsFrom(ip);
        Assert.Equal(4, events.Count(e => Kind(e) == nameof(SecurityEvent.SignInFailed)));
        AssertEvent(Assert.Single(events, e => Kind(e) == nameof(SecurityEvent.LockedOut)), SecurityEvent.LockedOut, email, ip);
    }

    [Fact]
    public async Task AJournalistRefusedTheAdminAreaIsLoggedOnce()
    {
        var ip = NewAddress();
        var email = await portal.CreateUserAsync(PortalRoles.Journalist);
        var client = portal.ClientFrom(ip);
        await client.SignInAsync(email, SignedInClients.Password);

        var response = await client.GetAsync("/admin/users");
        await client.GetAsync(response.Headers.Location);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var denied = Assert.Single(portal.Log.SecurityEventsFrom(ip), e => Kind(e) == nameof(SecurityEvent.AccessDenied));
        AssertEvent(denied, SecurityEvent.AccessDenied, email, ip);
        Assert.Contains("/admin/users", CapturedLog.Text(denied, "Detail"));
    }

    [Fact]
    public async Task AFormPostedWithoutItsAntiforgeryTokenIsLoggedOnceAndStillRefused()
    {
        var ip = NewAddress();
        var email = await portal.CreateUserAsync(PortalRoles.Editor);
        var client = portal.ClientFrom(ip);
        await client.SignInAsync(email, SignedInClients.Password);

        var response = await client.PostAsync("/account/logout", new FormUrlEncodedContent([new("__RequestVerificationToken", "forged")]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var refused = Assert.Single(portal.Log.SecurityEventsFrom(ip), e => Kind(e) == nameof(SecurityEvent.AntiforgeryFailed));
        AssertEvent(refused, SecurityEvent.AntiforgeryFailed, email, ip);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin")).StatusCode);
        AssertKeepsNoSecret(ip, "forged");
    }

    [Fact]
    public async Task ARefusedUploadIsLoggedOnce()
    {
        var ip = NewAddress();
        var email = await portal.CreateUserAsync(PortalRoles.Editor);
        var client = portal.ClientFrom(ip);
        await client.SignInAsync(email, SignedInClients.Password);
        var editor = new EditorDesk(client);
        var id = await editor.CreateAsync(EditorDesk.Fields(portal.News.Id, "Item refusing a drawing"));

        var response = await PhotoUploadTests.UploadAsync(editor, id, Encoding.UTF8.GetBytes("<svg onload=\"alert(1)\"/>"), "drawing.svg", "Caption", "Alt text");

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        AssertEvent(Assert.Single(portal.Log.SecurityEventsFrom(ip), e => Kind(e) == nameof(SecurityEvent.UploadRefused)),
            SecurityEvent.UploadRefused, email, ip);
    }

    [Fact]
    public async Task ARoleChangeIsLoggedOnceUnderTheAdmin()
    {
        var ip = NewAddress();
        var admin = await portal.CreateUserAsync(PortalRoles.Admin);
        var editor = await portal.CreateUserAsync(PortalRoles.Editor);
        var client = portal.ClientFrom(ip);
        await client.SignInAsync(admin, SignedInClients.Password);
        var editorId = await UserIdAsync(editor);

        var response = await client.PostFormAsync("/admin/users?handler=Role", [new("userId", editorId), new("role", PortalRoles.Journalist)], tokenFrom: "/admin/users");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var changed = Assert.Single(portal.Log.SecurityEventsFrom(ip), e => Kind(e) == nameof(SecurityEvent.RoleChanged));
        AssertEvent(changed, SecurityEvent.RoleChanged, admin, ip);
        Assert.Contains(editor, CapturedLog.Text(changed, "Detail"));
    }

    [Fact]
    public async Task AResetRequestAndItsCompletionAreLoggedOnceEachWithoutTheToken()
    {
        var ip = NewAddress();
        var email = await portal.CreateUserAsync(PortalRoles.Editor);
        var client = portal.ClientFrom(ip);

        await client.PostFormAsync("/account/forgot-password", [new("Email", email)]);
        var link = MailPickup.ResetLinkTo(portal.MailFolder, email);
        var response = await client.PostFormAsync(link, [new("Input.NewPassword", "a brand new walk to the office"), new("Input.ConfirmPassword", "a brand new walk to the office")]);

        Assert.Contains("Your password was changed", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        var events = portal.Log.SecurityEventsFrom(ip);
        AssertEvent(Assert.Single(events, e => Kind(e) == nameof(SecurityEvent.PasswordResetRequested)), SecurityEvent.PasswordResetRequested, email, ip);
        AssertEvent(Assert.Single(events, e => Kind(e) == nameof(SecurityEvent.PasswordResetCompleted)), SecurityEvent.PasswordResetCompleted, email, ip);
        var code = Uri.UnescapeDataString(link[(link.IndexOf("code=", StringComparison.Ordinal) + 5)..]);
        AssertNothingLoggedContains(code, "a brand new walk to the office");
    }

    [Fact]
    public async Task TurningOnTheSecondFactorIsLoggedOnceWithoutTheKeyOrTheCodes()
    {
        var ip = NewAddress();
        var email = await portal.CreateUserAsync(PortalRoles.Editor);
        var client = portal.ClientFrom(ip);
        await client.SignInAsync(email, SignedInClients.Password);

        var (key, recoveryCodes) = await TwoFactorTests.TurnOnAsync(client);

        AssertEvent(Assert.Single(portal.Log.SecurityEventsFrom(ip), e => Kind(e) == nameof(SecurityEvent.TwoFactorEnabled)),
            SecurityEvent.TwoFactorEnabled, email, ip);
        AssertNothingLoggedContains([key.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant(), key, .. recoveryCodes]);
    }

    [Fact]
    public async Task TheLogNeverHoldsTheSessionOrAntiforgeryCookies()
    {
        var ip = NewAddress();
        var email = await portal.CreateUserAsync(PortalRoles.Admin);
        var cookies = new CookieContainer();
        var client = portal.CreateDefaultClient(new Uri("http://localhost"), new CookieKeeper(cookies));
        client.DefaultRequestHeaders.Add("X-Forwarded-For", ip);
        await client.SignInAsync(email, SignedInClients.Password);
        await client.GetAsync("/admin/users");
        await client.PostAsync("/account/logout", new FormUrlEncodedContent([]));

        var values = cookies.GetAllCookies().Select(c => c.Value).Where(v => v.Length > 16).ToList();
        Assert.NotEmpty(values);
        Assert.NotEmpty(portal.Log.SecurityEventsFrom(ip));
        AssertNothingLoggedContains([.. values]);
    }

    [Fact]
    public async Task AUserNameWithLineBreaksAndTerminalEscapesCannotForgeALogLine()
    {
        const string forged = "[12:00:00 INF] CstoPress.Security: Security event SignedIn for admin@cstopress.local";
        var userName = "mallory@example.org\r\n" + forged + "\n\u001b[2J\u001b[31mcleared";
        var configuration = portal.Services.GetRequiredService<IConfiguration>();
        var console = new StringWriter();
        var original = Console.Out;
        Console.SetOut(console);
        try
        {
            // The app's own sinks and output templates, as configured, writing to a console we read.
            using var logger = new LoggerConfiguration().ReadFrom.Configuration(configuration).CreateLogger();
            using var loggers = new SerilogLoggerFactory(logger);
            var http = new DefaultHttpContext { Connection = { RemoteIpAddress = IPAddress.Parse("203.0.113.66") } };
            new SecurityLog(loggers, TimeProvider.System).Record(http, SecurityEvent.SignInFailed, userName, "wrong password");
        }
        finally
        {
            Console.SetOut(original);
        }

        var line = Assert.Single(console.ToString().Split('\n'), l => l.Contains("mallory", StringComparison.Ordinal));
        Assert.Contains("203.0.113.66", line);
        Assert.Contains("cleared", line);
        Assert.DoesNotContain(console.ToString().Split('\n'), l => l.StartsWith(forged, StringComparison.Ordinal));
        Assert.DoesNotContain('\u001b', console.ToString());
    }

    private static string? Kind(LogEvent logEvent) => CapturedLog.Text(logEvent, "SecurityEvent");

    private static void AssertEvent(LogEvent logEvent, SecurityEvent kind, string user, string ip)
    {
        Assert.Equal(kind.ToString(), Kind(logEvent));
        Assert.Equal(user, CapturedLog.Text(logEvent, "UserName"));
        Assert.Equal(ip, CapturedLog.Text(logEvent, "ClientIp"));
        Assert.EndsWith("Z", CapturedLog.Text(logEvent, "AtUtc"));
    }

    private void AssertKeepsNoSecret(string ip, params string[] secrets)
    {
        foreach (var logEvent in portal.Log.SecurityEventsFrom(ip))
        {
            var text = Rendered(logEvent);
            foreach (var secret in secrets)
            {
                Assert.DoesNotContain(secret, text);
            }
        }
    }

    /// <summary>Searches every event of the run (not only security events), rendered with all its properties.</summary>
    private void AssertNothingLoggedContains(params string[] secrets)
    {
        foreach (var logEvent in portal.Log.Events)
        {
            var text = Rendered(logEvent);
            foreach (var secret in secrets)
            {
                Assert.DoesNotContain(secret, text);
            }
        }
    }

    private static string Rendered(LogEvent logEvent) =>
        logEvent.RenderMessage() + " " + string.Join(" ", logEvent.Properties.Select(p => p.Key + "=" + p.Value)) + " " + logEvent.Exception;

    private async Task<string> UserIdAsync(string email)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<CstoPress.Data.Accounts.PortalUser>>();
        return (await users.FindByEmailAsync(email))!.Id;
    }

    /// <summary>Keeps cookies in a container the test can read, so it can look for their values in the log.</summary>
    private sealed class CookieKeeper(CookieContainer cookies) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (cookies.GetCookieHeader(request.RequestUri!) is { Length: > 0 } header)
            {
                request.Headers.Add("Cookie", header);
            }

            var response = await base.SendAsync(request, cancellationToken);
            if (response.Headers.TryGetValues("Set-Cookie", out var set))
            {
                foreach (var cookie in set)
                {
                    cookies.SetCookies(request.RequestUri!, cookie);
                }
            }

            return response;
        }
    }
}
