namespace CstoPress.Web.Tests.Alerts;

/// <summary>Each topic one may follow (a body of the Organization, a person, a tag, a kind) brings what it names, and nothing else.</summary>
public class FollowingATopicTests(AlertsPortal portal) : IClassFixture<AlertsPortal>
{
    [Fact]
    public async Task EachTopicBringsTheItemsItNames()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var tag = new Tag { Slug = "peace-mission-" + suffix, Name = "Peace mission " + suffix };
        await portal.WithDatabaseAsync(db =>
        {
            db.Tags.Add(tag);
            return Task.CompletedTask;
        });
        var (body, person, tagged, kind, russianBody) = (Address(), Address(), Address(), Address(), Address());
        await portal.SubscribeAsync(body, "Body", "council-of-foreign-ministers");
        await portal.SubscribeAsync(person, "Person", "stanislav-zas");
        await portal.SubscribeAsync(tagged, "Tag", "Peace Mission " + suffix.ToUpperInvariant());
        await portal.SubscribeAsync(kind, "Kind", "Interview");
        await portal.SubscribeAsync(russianBody, "Body", "council-of-foreign-ministers", language: "Ru");
        Assert.Contains("the Council of Foreign Ministers", portal.Smtp.MessagesTo(body)[^1].TextBody);
        Assert.Contains("Совет министров иностранных дел", portal.Smtp.MessagesTo(russianBody)[^1].TextBody);

        var ministers = await PublishAsync("Ministers meet", p => p.Bodies.Add(portal.Catalog.Body("council-of-foreign-ministers")));
        var withZas = await PublishAsync("Zas speaks", p => p.People.Add(portal.Catalog.Person("stanislav-zas")));
        var onPeace = await PublishAsync("On the mission", p => p.Tags.Add(tag), tag);
        var interview = await PublishAsync("An interview", p => p.Kind = PublicationKind.Interview);
        var ministersRu = await PublishAsync("Министры встретились", p =>
        {
            p.Language = ContentLanguage.Ru;
            p.Bodies.Add(portal.Catalog.Body("council-of-foreign-ministers"));
        });
        await portal.AfterTheDelayAsync();

        Assert.Equal([ministers], Subjects(body));
        var russian = Assert.Single(portal.Smtp.MessagesTo(russianBody), m => m.Subject == ministersRu);
        Assert.Contains($"Управление подписками: {AlertsPortal.SiteAddress}/ru/alerts/manage?code=", russian.TextBody);
        Assert.Contains("<html lang=\"ru\">", russian.HtmlBody);
        Assert.Equal([withZas], Subjects(person));
        Assert.Equal([onPeace], Subjects(tagged));
        Assert.Equal([interview], Subjects(kind));
    }

    private IEnumerable<string> Subjects(string email) =>
        portal.Smtp.MessagesTo(email).Select(m => m.Subject!).Where(s => !s.StartsWith("Confirm", StringComparison.Ordinal)
                                                                      && !s.StartsWith("Подтвердите", StringComparison.Ordinal));

    /// <summary>Puts an item in the news section, due, and lets the scheduler publish it (which stores its alert).</summary>
    private async Task<string> PublishAsync(string title, Action<Publication> change, Tag? existingTag = null)
    {
        Publication item = new PublicationBuilder(portal.News, $"{title} {Guid.NewGuid().ToString("N")[..6]}").ScheduledFor(portal.Clock.Now.AddMinutes(-1)).With(change);
        await portal.WithDatabaseAsync(db =>
        {
            // The catalog and the tag were saved by other contexts: referenced, not inserted again.
            db.AttachRange(portal.Catalog.Sections);
            db.AttachRange(portal.Catalog.People);
            db.AttachRange(portal.Catalog.Bodies);
            db.Attach(portal.Catalog.PressSecretary);
            if (existingTag is not null)
            {
                db.Attach(existingTag);
            }

            db.Publications.Add(item);
            return Task.CompletedTask;
        });
        await portal.PublishDueAsync();
        return item.Title;
    }

    private static string Address() => $"reader-{Guid.NewGuid():N}@example.org";
}
