using Microsoft.Playwright;

namespace CstoPress.Web.Tests.Browser;

/// <summary>The register's document editor in a real Chromium: an agreement registered, sent to the States, ratified; its pages checked by axe.</summary>
public class RegisteringADocumentInBrowserTests(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    [Fact]
    public async Task AnEditorRegistersAnAgreementAndFillsInARatification()
    {
        var email = await portal.CreateUserAsync(PortalRoles.Editor);
        var page = await portal.SignedInPageAsync(email, "/admin/register/documents/edit");

        await page.GetByLabel("Symbol or number").FillAsync("CSC/2024/AGR-7");
        await page.GetByLabel("Type").SelectOptionAsync(new SelectOptionValue { Label = "Agreement" });
        await page.GetByLabel("Adopting body", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Collective Security Council" });
        await page.GetByLabel("Title in Russian").FillAsync("Соглашение о совместной подготовке");
        await page.GetByLabel("Official text in Russian (Markdown)").FillAsync("Государства-члены **договорились**.");
        await page.GetByLabel("Title in English").FillAsync("Agreement on joint training");
        await page.GetByLabel("First step", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Adopted" });
        await page.GetByLabel("Date of the first step").FillAsync("2024-07-10");
        await page.GetByRole(AriaRole.Button, new() { Name = "Register the document" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Document CSC/2024/AGR-7");
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("registered");
        await Assertions.Expect(page.Locator("section.preview strong")).ToHaveTextAsync("договорились");

        await page.GetByLabel("Step", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Sent for domestic procedures" });
        await page.GetByLabel("Date", new() { Exact = true }).FillAsync("2024-07-15");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the step" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Ratification by the member States" })).ToBeVisibleAsync();

        await page.GetByLabel("Ratified by Republic of Belarus on").FillAsync("2024-07-20");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the ratifications" }).ClickAsync();
        await Assertions.Expect(page.Locator("#ratifications tr", new() { HasText = "Republic of Belarus" })).ToContainTextAsync("20.07.2024");
        await Assertions.Expect(page.GetByLabel("Ratified by Republic of Armenia on")).ToBeVisibleAsync();

        var id = page.Url.Split('/').Last();
        var failures = new List<string>();
        foreach (var path in new[]
                 {
                     "/admin/register", "/admin/register/documents", $"/admin/register/documents/edit/{id}", "/admin/register/documents/edit",
                     "/admin/register/meetings", "/admin/register/meetings/edit", "/admin/register/bodies",
                     $"/admin/register/bodies/edit/{portal.Catalog.Body("permanent-council").Id}",
                 })
        {
            failures.AddRange(await AccessibilityTests.SeriousViolationsAsync(page, path));
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }
}
