using CstoPress.Core.Alerts;
using MimeKit;

namespace CstoPress.Web.Tests.Alerts;

/// <summary>
/// A portal that sends its mail to a real SMTP server on loopback, with its portal address configured, and
/// whose sender's rounds the tests run themselves against the test clock (<see cref="BackgroundRounds"/>).
/// </summary>
public class AlertsPortal : SeededPortal
{
    protected override bool SendsMailThroughSmtp => true;

    /// <summary>Waits out the immediate alerts' delay, then runs a round.</summary>
    public async Task<int> AfterTheDelayAsync()
    {
        Clock.Advance(AlertDelay + TimeSpan.FromSeconds(1));
        return await this.SendRoundAsync();
    }

    /// <summary>Confirmed subscriptions put straight into the database: many subscribers without a confirmation round each.</summary>
    public async Task<IReadOnlyList<string>> ActiveSubscribersAsync(int count, AlertTopic topic, string key)
    {
        var addresses = Enumerable.Range(0, count).Select(_ => $"reader-{Guid.NewGuid():N}@example.org").ToList();
        await WithDatabaseAsync(db =>
        {
            db.AlertSubscriptions.AddRange(addresses.Select(email => new AlertSubscription
            {
                Email = email, Topic = topic, TopicKey = key, Status = SubscriptionStatus.Active, CreatedAt = Clock.Now, ConfirmedAt = Clock.Now,
            }));
            return Task.CompletedTask;
        });
        return addresses;
    }

    /// <summary>Signs an address up through the public form and opens the confirmation link it is sent.</summary>
    public async Task SubscribeAsync(string email, string topic = "Everything", string? key = null, string frequency = "Immediate", string language = "En")
    {
        var client = this.CookieClient();
        var fields = new Dictionary<string, string>
        {
            ["Input.Email"] = email, ["Input.Topic"] = topic, ["Input.Language"] = language, ["Input.Frequency"] = frequency,
        };
        if (key is not null)
        {
            fields["Input." + topic] = key;
        }

        var response = await client.PostFormAsync("/alerts", fields);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await this.SendRoundAsync();
        var confirm = await client.GetAsync(LinkIn(Smtp.MessagesTo(email)[^1], "/alerts/confirm"));
        Assert.Equal(HttpStatusCode.OK, confirm.StatusCode);
    }

    /// <summary>The link to <paramref name="path"/> in a message's text, as a local path and query; it must start with the portal's address.</summary>
    public static string LinkIn(MimeMessage message, string path)
    {
        var match = Regex.Match(message.TextBody ?? "", Regex.Escape(SiteAddress) + @"(/ru)?" + Regex.Escape(path) + @"\?\S+");
        Assert.True(match.Success, $"No link to {path} in: {message.TextBody}");
        return new Uri(match.Value).PathAndQuery;
    }
}
