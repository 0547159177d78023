using CstoPress.Core.Organization;

namespace CstoPress.Core.Tests.Organization;

public class FollowingADocumentsLife
{
    private static readonly DateOnly Today = new(2024, 7, 26);
    private static readonly DateTimeOffset Now = new(2024, 7, 26, 12, 0, 0, TimeSpan.Zero);

    private static Document Registered(DocumentType type, DocumentStage first = DocumentStage.Draft, int daysAgo = 100)
    {
        var document = new Document { Symbol = "CSTO/1", SymbolKey = "CSTO/1", Type = type };
        document.Begin(Step(first, daysAgo), Today, Now);
        return document;
    }

    private static DocumentStep Step(DocumentStage stage, int daysAgo, MemberState? state = null) =>
        new() { Stage = stage, On = Today.AddDays(-daysAgo), State = state, RecordedBy = "editor@example.org" };

    [Fact]
    public void AnAgreementGoesFromDraftToForceThroughEveryStepAndKeepsThemAll()
    {
        var agreement = Registered(DocumentType.Agreement);
        agreement.Record(Step(DocumentStage.Considered, 90), Today, Now);
        agreement.Record(Step(DocumentStage.Considered, 80), Today, Now);
        agreement.Record(Step(DocumentStage.Adopted, 70), Today, Now);
        agreement.Record(Step(DocumentStage.SentForDomesticProcedures, 60), Today, Now);
        agreement.Record(Step(DocumentStage.Ratified, 50, MemberState.Belarus), Today, Now);
        agreement.Record(Step(DocumentStage.Ratified, 40, MemberState.Russia), Today, Now);
        agreement.Record(Step(DocumentStage.EnteredIntoForce, 30), Today, Now);
        agreement.Record(Step(DocumentStage.Ratified, 20, MemberState.Armenia), Today, Now);

        Assert.Equal(DocumentStage.EnteredIntoForce, agreement.Stage);
        Assert.Equal(
            [DocumentStage.Draft, DocumentStage.Considered, DocumentStage.Considered, DocumentStage.Adopted, DocumentStage.SentForDomesticProcedures,
             DocumentStage.Ratified, DocumentStage.Ratified, DocumentStage.EnteredIntoForce, DocumentStage.Ratified],
            agreement.History().Select(s => s.Stage));
    }

    [Fact]
    public void TheRatificationTableHasEveryMemberStateWithItsDayOrNone()
    {
        var protocol = Registered(DocumentType.Protocol, DocumentStage.Adopted);
        protocol.Record(Step(DocumentStage.SentForDomesticProcedures, 60), Today, Now);
        protocol.Record(Step(DocumentStage.Ratified, 50, MemberState.Kazakhstan), Today, Now);

        var table = protocol.Ratifications();

        Assert.Equal(MemberStates.All, table.Select(r => r.State));
        Assert.Equal(Today.AddDays(-50), table.Single(r => r.State == MemberState.Kazakhstan).RatifiedOn);
        Assert.All(table.Where(r => r.State != MemberState.Kazakhstan), r => Assert.Null(r.RatifiedOn));
    }

    [Theory]
    [InlineData(DocumentStage.SentForDomesticProcedures, "Only agreements and protocols are sent for domestic procedures")]
    [InlineData(DocumentStage.EnteredIntoForce, "Only agreements and protocols enter into force after ratification")]
    [InlineData(DocumentStage.Adopted, "already been adopted")]
    public void AStatementTakesEffectOnAdoptionAndGoesNoFurther(DocumentStage next, string message)
    {
        var statement = Registered(DocumentType.Statement, DocumentStage.Adopted);

        var refused = Assert.Throws<RegisterRuleException>(() => statement.Record(Step(next, 10), Today, Now));

        Assert.Contains(message, refused.Message, StringComparison.Ordinal);
        Assert.Single(statement.Steps);
    }

    [Fact]
    public void AStateRatifiesOnceAndOnlyAfterTheDocumentWasSentToTheStates()
    {
        var agreement = Registered(DocumentType.Agreement, DocumentStage.Adopted);
        Assert.Throws<RegisterRuleException>(() => agreement.Record(Step(DocumentStage.Ratified, 50, MemberState.Russia), Today, Now));

        agreement.Record(Step(DocumentStage.SentForDomesticProcedures, 60), Today, Now);
        agreement.Record(Step(DocumentStage.Ratified, 50, MemberState.Russia), Today, Now);

        var twice = Assert.Throws<RegisterRuleException>(() => agreement.Record(Step(DocumentStage.Ratified, 40, MemberState.Russia), Today, Now));
        Assert.Contains("already recorded", twice.Message, StringComparison.Ordinal);
        var nameless = Assert.Throws<RegisterRuleException>(() => agreement.Record(Step(DocumentStage.Ratified, 40), Today, Now));
        Assert.Contains("Name the State", nameless.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void StepsAreNeverDatedBeforeThePreviousOneNorInTheFuture()
    {
        var decision = Registered(DocumentType.Decision, daysAgo: 10);

        var earlier = Assert.Throws<RegisterRuleException>(() => decision.Record(Step(DocumentStage.Adopted, 11), Today, Now));
        var future = Assert.Throws<RegisterRuleException>(() => decision.Record(Step(DocumentStage.Adopted, -1), Today, Now));

        Assert.Contains("before the previous one (16.07.2024)", earlier.Message, StringComparison.Ordinal);
        Assert.Contains("future", future.Message, StringComparison.Ordinal);
        Assert.Equal(DocumentStage.Draft, decision.Stage);
    }

    [Fact]
    public void TheNextStagesOfferedAreTheOnesTheRulesAllow()
    {
        var agreement = Registered(DocumentType.Agreement, DocumentStage.Adopted);

        Assert.Equal([DocumentStage.SentForDomesticProcedures], agreement.NextStages());

        agreement.Record(Step(DocumentStage.SentForDomesticProcedures, 60), Today, Now);
        Assert.Equal([DocumentStage.Ratified], agreement.NextStages());
    }

    [Theory]
    [InlineData("CSTO/PC/2024/3", "csto / pc / 2024 / 3")]
    [InlineData("A/RES/78.123", "a/res/78.123")]
    [InlineData("PC-5", "PC\u20135")]
    public void ASymbolTypedAnotherWayHasTheSameKey(string symbol, string typed)
    {
        Assert.Equal(DocumentSymbols.KeyOf(symbol), DocumentSymbols.KeyOf(typed));
    }

    [Theory]
    [InlineData("")]
    [InlineData("/CSTO/1")]
    [InlineData("CSTO//1")]
    [InlineData("CSTO/../1")]
    [InlineData("CSTO/1?x")]
    public void ASymbolThatCannotBeAnAddressIsRefused(string symbol)
    {
        Assert.NotNull(DocumentSymbols.ProblemWith(symbol));
    }

    [Fact]
    public void ADraftActIsNotPublicEvenWhenThePressOfficePublishedItsEntry()
    {
        var draft = Registered(DocumentType.Decision);
        draft.Review.Status = RegisterStatus.Published;
        var considered = Registered(DocumentType.Decision, DocumentStage.Considered);
        considered.Review.Status = RegisterStatus.Published;
        var unreviewed = Registered(DocumentType.Decision, DocumentStage.Adopted);
        unreviewed.Review.Status = RegisterStatus.InReview;

        Assert.False(PublicVisibility.IsListed(draft));
        Assert.True(PublicVisibility.IsListed(considered));
        Assert.False(PublicVisibility.IsListed(unreviewed));
    }
}
