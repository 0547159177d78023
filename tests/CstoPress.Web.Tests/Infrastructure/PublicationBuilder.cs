using CstoPress.Core.Text;

namespace CstoPress.Web.Tests.Infrastructure;

/// <summary>Publications for tests: published an hour before the test clock's start unless told otherwise.</summary>
public sealed class PublicationBuilder
{
    private static int _counter;
    private readonly Publication _publication;

    public PublicationBuilder(Section section, string? title = null)
    {
        var number = Interlocked.Increment(ref _counter);
        title ??= $"Test publication {number}";
        _publication = new Publication
        {
            Title = title,
            Slug = Slugs.From(title) + "-" + number,
            Lead = $"Lead of {title}.",
            Body = $"Body of **{title}**.",
            Section = section,
            Kind = PublicationKind.News,
            Language = ContentLanguage.En,
            Status = PublicationStatus.Published,
            PublishedAt = PortalFactory.StartTime.AddHours(-1),
            CreatedAt = PortalFactory.StartTime.AddDays(-1),
            UpdatedAt = PortalFactory.StartTime.AddDays(-1),
        };
    }

    public PublicationBuilder WithSlug(string slug) => Do(p => p.Slug = slug);
    public PublicationBuilder WithLead(string lead) => Do(p => p.Lead = lead);
    public PublicationBuilder WithBody(string body) => Do(p => p.Body = body);
    public PublicationBuilder OfKind(PublicationKind kind) => Do(p => p.Kind = kind);
    public PublicationBuilder InRussian() => Do(p => p.Language = ContentLanguage.Ru);
    public PublicationBuilder PublishedAt(DateTimeOffset at) => Do(p => p.PublishedAt = at);
    public PublicationBuilder Draft() => Do(p => p.Status = PublicationStatus.Draft);
    public PublicationBuilder InReview() => Do(p => p.Status = PublicationStatus.InReview);
    public PublicationBuilder ScheduledFor(DateTimeOffset at) => Do(p => { p.Status = PublicationStatus.Scheduled; p.PublishedAt = at; });

    public PublicationBuilder Withdrawn(string reason) => Do(p =>
    {
        p.Status = PublicationStatus.Withdrawn;
        p.WithdrawnAt = PortalFactory.StartTime.AddMinutes(-5);
        p.WithdrawalReason = reason;
    });

    public PublicationBuilder With(Action<Publication> change) => Do(change);

    public Publication Build() => _publication;

    public static implicit operator Publication(PublicationBuilder builder) => builder.Build();

    private PublicationBuilder Do(Action<Publication> change)
    {
        change(_publication);
        return this;
    }
}
