using CstoPress.Core.Organization;
using Microsoft.Playwright;

namespace CstoPress.Web.Tests.Browser;

/// <summary>The browser portal with a body's chairmanships and representatives, a meeting and an agreement being ratified.</summary>
public sealed class RegisterBrowserPortal : BrowserPortal
{
    public const string Symbol = "CSTO/PC/2024/3.1";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var council = Catalog.Body("permanent-council");
        var today = DateOnly.FromDateTime(StartTime.UtcDateTime);
        var meeting = new Meeting
        {
            BodyId = council.Id, Number = 4, StartsOn = today.AddDays(-40), Place = "Moscow", PlaceRu = "Москва",
            Agenda = "On the agreement", AgendaRu = "О соглашении", Review = new RegisterReview { Status = RegisterStatus.Published },
        };
        meeting.Announce(MeetingStatus.Confirmed, "editor@example.org", StartTime.AddDays(-60));
        meeting.MarkHeld(meeting.StartsOn, "editor@example.org", StartTime.AddDays(-40));
        await WithDatabaseAsync(async db =>
        {
            var body = await db.OrganizationBodies.SingleAsync(b => b.Id == council.Id);
            body.Role = "The Permanent Council coordinates the implementation of the decisions of the Organization's bodies.";
            body.RoleRu = "Постоянный совет координирует выполнение решений органов Организации.";
            body.AddChairmanship(new BodyChairmanship { State = MemberState.Kazakhstan, From = new DateOnly(2024, 1, 1), To = new DateOnly(2024, 12, 31) });
            body.AddRepresentative(new BodyRepresentative
            {
                State = MemberState.Kazakhstan, Name = "A. Demo", NameRu = "А. Демо", Post = "Permanent Representative", PostRu = "Постоянный представитель",
                From = new DateOnly(2022, 3, 1),
            });
            db.Meetings.Add(meeting);
        });
        await WithDatabaseAsync(db =>
        {
            db.Documents.Add(new DocumentBuilder(Symbol, DocumentType.Agreement, council.Id, "Agreement on joint training", "Соглашение о совместной подготовке")
                .Step(DocumentStage.Considered, 40, meetingId: meeting.Id)
                .Adopted(40, meeting.Id)
                .Step(DocumentStage.SentForDomesticProcedures, 30)
                .Step(DocumentStage.Ratified, 10, MemberState.Russia));
            return Task.CompletedTask;
        });
    }
}

public class ReadingTheRegisterInBrowserTests(RegisterBrowserPortal portal) : IClassFixture<RegisterBrowserPortal>
{
    [Fact]
    public async Task AReaderGoesFromADocumentToItsMeetingAndItsBody()
    {
        var page = await portal.NewPageAsync();

        await page.GotoAsync("/documents/" + RegisterBrowserPortal.Symbol);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Agreement on joint training");
        var ratifications = page.Locator("table.ratifications");
        await Assertions.Expect(ratifications.GetByRole(AriaRole.Row, new() { Name = "Russian Federation" })).ToContainTextAsync("16 July 2024");
        await Assertions.Expect(ratifications.GetByRole(AriaRole.Row, new() { Name = "Republic of Armenia" })).ToContainTextAsync("not yet");

        await page.GetByRole(AriaRole.Link, new() { Name = "Permanent Council: meeting No. 4" }).First.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/meetings/permanent-council/4$"));
        await Assertions.Expect(page.Locator(".status").First).ToHaveTextAsync("Held");

        await page.GetByRole(AriaRole.Link, new() { Name = "Permanent Council", Exact = true }).Last.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/bodies/permanent-council$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Row, new() { Name = "Republic of Kazakhstan" }).First).ToContainTextAsync("1 January 2024");
        await Assertions.Expect(page.GetByText("A. Demo, Permanent Representative")).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Русский" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Постоянный совет");
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("/documents/" + RegisterBrowserPortal.Symbol)]
    [InlineData("/ru/documents/" + RegisterBrowserPortal.Symbol)]
    [InlineData("/bodies/permanent-council")]
    [InlineData("/ru/bodies/permanent-council")]
    [InlineData("/bodies")]
    [InlineData("/meetings")]
    [InlineData("/meetings/permanent-council/4")]
    [InlineData("/documents")]
    public async Task RegisterPagesHaveNoSeriousViolations(string path)
    {
        var page = await portal.NewPageAsync();

        var failures = await AccessibilityTests.SeriousViolationsAsync(page, path);

        await page.Context.CloseAsync();
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }
}
