using CstoPress.Core.Organization;

namespace CstoPress.Web.Tests.Infrastructure;

/// <summary>Register documents for tests, their steps recorded through the register's own rules; published after review unless told otherwise.</summary>
public sealed class DocumentBuilder
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(PortalFactory.StartTime.UtcDateTime);
    private readonly Document _document;

    public DocumentBuilder(string symbol, DocumentType type, int? bodyId, string title, string? titleRu = null)
    {
        _document = new Document
        {
            Symbol = symbol, SymbolKey = DocumentSymbols.KeyOf(symbol), Type = type, BodyId = bodyId,
            Review = new RegisterReview { Status = RegisterStatus.Published, PublishedBy = "editor@example.org", PublishedAt = PortalFactory.StartTime.AddDays(-1) },
            CreatedAt = PortalFactory.StartTime.AddDays(-30), UpdatedAt = PortalFactory.StartTime.AddDays(-1),
        };
        _document.Versions.Add(new DocumentVersion { Language = ContentLanguage.Ru, Title = titleRu ?? title, Text = $"Текст документа {symbol}.", IsOriginal = true });
        if (titleRu is not null)
        {
            _document.Versions.Add(new DocumentVersion { Language = ContentLanguage.En, Title = title, Text = $"Text of **{symbol}**.", IsUnofficial = true });
        }
    }

    public DocumentBuilder Step(DocumentStage stage, int daysAgo, MemberState? state = null, int? meetingId = null)
    {
        var step = new DocumentStep { Stage = stage, On = Today.AddDays(-daysAgo), State = state, MeetingId = meetingId, RecordedBy = "editor@example.org" };
        if (_document.Steps.Count == 0)
        {
            _document.Begin(step, Today, PortalFactory.StartTime);
        }
        else
        {
            _document.Record(step, Today, PortalFactory.StartTime);
        }

        return this;
    }

    public DocumentBuilder Adopted(int daysAgo, int? meetingId = null) => Step(DocumentStage.Adopted, daysAgo, meetingId: meetingId);

    public DocumentBuilder InReview() => Do(d => d.Review = new RegisterReview { Status = RegisterStatus.InReview, SubmittedBy = "author@example.org" });

    public DocumentBuilder With(Action<Document> change) => Do(change);

    public Document Build() => _document;

    public static implicit operator Document(DocumentBuilder builder) => builder.Build();

    private DocumentBuilder Do(Action<Document> change)
    {
        change(_document);
        return this;
    }
}
