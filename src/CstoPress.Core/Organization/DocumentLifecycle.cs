namespace CstoPress.Core.Organization;

/// <summary>
/// The rules of a document's life: a draft is considered (at one or more meetings) and adopted; an agreement
/// or protocol is then sent to the States for their domestic procedures, ratified State by State and enters
/// into force. Steps come in that order, each dated no earlier than the one before and never in the future.
/// </summary>
public static class DocumentLifecycle
{
    /// <summary>Agreements and protocols bind the States only after ratification; other acts take effect on adoption.</summary>
    public static bool NeedsRatification(this DocumentType type) => type is DocumentType.Agreement or DocumentType.Protocol;

    /// <summary>Opens the document's history with its first step (a draft, or an act already adopted when it is registered).</summary>
    public static void Begin(this Document document, DocumentStep first, DateOnly today, DateTimeOffset now)
    {
        Require(document.Steps.Count == 0, "This document's history has already begun.");
        Require(first.Stage is DocumentStage.Draft or DocumentStage.Considered or DocumentStage.Adopted,
            "A document enters the register as a draft, considered or adopted.");
        Append(document, first, today, now);
    }

    public static void Record(this Document document, DocumentStep step, DateOnly today, DateTimeOffset now)
    {
        Require(document.Steps.Count > 0, "Register the document first.");
        Require(CanFollow(document, step), WhyNot(document, step));
        Append(document, step, today, now);
    }

    /// <summary>The stages that may be recorded next, for the editor's choice.</summary>
    public static IReadOnlyList<DocumentStage> NextStages(this Document document) =>
        [.. Enum.GetValues<DocumentStage>().Where(stage => CanFollow(document, new DocumentStep { Stage = stage, RecordedBy = "", State = FirstUnratified(document) }))];

    private static bool CanFollow(Document document, DocumentStep step)
    {
        var current = document.Stage;
        var binding = document.Type.NeedsRatification();
        return step.Stage switch
        {
            DocumentStage.Considered => current is DocumentStage.Draft or DocumentStage.Considered,
            DocumentStage.Adopted => current is DocumentStage.Draft or DocumentStage.Considered,
            DocumentStage.SentForDomesticProcedures => binding && current == DocumentStage.Adopted,
            DocumentStage.Ratified => binding && current >= DocumentStage.SentForDomesticProcedures
                                      && step.State is { } state && !RatifiedBy(document, state),
            DocumentStage.EnteredIntoForce => binding && current == DocumentStage.Ratified,
            _ => false,
        };
    }

    private static string WhyNot(Document document, DocumentStep step) => step.Stage switch
    {
        DocumentStage.Draft => "A document is a draft only at the start of its history.",
        DocumentStage.Considered or DocumentStage.Adopted => "This document has already been adopted.",
        DocumentStage.SentForDomesticProcedures when !document.Type.NeedsRatification() =>
            "Only agreements and protocols are sent for domestic procedures; other acts take effect on adoption.",
        DocumentStage.SentForDomesticProcedures => "A document is sent for domestic procedures once adopted, and only once.",
        DocumentStage.Ratified when step.State is null => "Name the State that ratified the document.",
        DocumentStage.Ratified when RatifiedBy(document, step.State!.Value) => "This State's ratification is already recorded.",
        DocumentStage.Ratified => "A document is ratified once it has been sent for domestic procedures.",
        _ => document.Type.NeedsRatification()
            ? "An agreement or protocol enters into force once ratified, and only once."
            : "Only agreements and protocols enter into force after ratification; other acts take effect on adoption.",
    };

    private static void Append(Document document, DocumentStep step, DateOnly today, DateTimeOffset now)
    {
        Require(step.On <= today, "A step cannot be dated in the future.");
        if (document.Steps.Count > 0)
        {
            var last = document.Steps.Max(s => s.On);
            Require(step.On >= last, $"A step cannot be dated before the previous one ({last:dd.MM.yyyy}).");
        }

        Require(step.Stage == DocumentStage.Ratified || step.State is null, "Only a ratification names a State.");
        Require(step.MeetingId is null || step.Stage is DocumentStage.Considered or DocumentStage.Adopted,
            "Only a consideration or an adoption happens at a meeting.");
        step.DocumentId = document.Id;
        step.RecordedAt = now;
        step.Note = string.IsNullOrWhiteSpace(step.Note) ? null : step.Note.Trim();
        document.Steps.Add(step);
        // Later ratifications do not take an agreement back from "in force".
        if (!(step.Stage == DocumentStage.Ratified && document.Stage == DocumentStage.EnteredIntoForce))
        {
            document.Stage = step.Stage;
        }

        document.UpdatedAt = now;
    }

    /// <summary>Each member State with the day it ratified, or none yet: the per-State table of a binding document.</summary>
    public static IReadOnlyList<Ratification> Ratifications(this Document document)
    {
        var byState = document.Steps.Where(s => s.Stage == DocumentStage.Ratified && s.State is not null).ToDictionary(s => s.State!.Value);
        return [.. MemberStates.All.Select(state => byState.TryGetValue(state, out var step)
            ? new Ratification(state, step.On, step.Note)
            : new Ratification(state, null, null))];
    }

    /// <summary>The steps oldest first, in the order they were recorded on the same day.</summary>
    public static IReadOnlyList<DocumentStep> History(this Document document) =>
        [.. document.Steps.OrderBy(s => s.On).ThenBy(s => s.RecordedAt).ThenBy(s => s.Id)];

    private static bool RatifiedBy(Document document, MemberState state) =>
        document.Steps.Any(s => s.Stage == DocumentStage.Ratified && s.State == state);

    private static MemberState? FirstUnratified(Document document) =>
        MemberStates.All.Cast<MemberState?>().FirstOrDefault(s => !RatifiedBy(document, s!.Value));

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new RegisterRuleException(message);
        }
    }
}
