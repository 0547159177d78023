using CstoPress.Core.Organization;
using CstoPress.Data.Repositories.Organization;

namespace CstoPress.Web.Areas.Admin.Pages.Register.Documents;

/// <summary>
/// The official text of a version attached as a PDF or DOCX file, stored in the database as photos are, so every
/// node serves it. What a file is, is decided by its first bytes (<see cref="DocumentFileFormats"/>), not its name.
/// </summary>
[RequestSizeLimit(MaxFileBytes + (1024 * 1024))]
public class FilesModel(RegisterEditingRepository editing, TimeProvider time) : PageModel
{
    /// <summary>Below the server's own limit on a request, so the editor gets this page's message rather than a bare error.</summary>
    public const long MaxFileBytes = 25 * 1024 * 1024;

    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty]
    public int VersionId { get; set; }

    [BindProperty]
    public IFormFile? Upload { get; set; }

    [BindProperty]
    public int FileId { get; set; }

    public IActionResult OnGet() => RedirectToPage("Edit", new { id = Id });

    public Task<IActionResult> OnPostUploadAsync(CancellationToken cancellationToken) =>
        ChangeAsync(async (document, now) =>
        {
            var version = document.Versions.FirstOrDefault(v => v.Id == VersionId)
                ?? throw new RegisterRuleException("Choose the language version the file belongs to.");
            if (Upload is null || Upload.Length == 0)
            {
                throw new RegisterRuleException("Choose a PDF or DOCX file to attach.");
            }

            if (Upload.Length > MaxFileBytes)
            {
                throw new RegisterRuleException($"The file is larger than {MaxFileBytes / (1024 * 1024)} MB; attach a smaller one.");
            }

            using var buffer = new MemoryStream();
            await Upload.CopyToAsync(buffer, cancellationToken);
            var content = buffer.ToArray();
            var name = DocumentFileFormats.CleanName(Upload.FileName);
            var format = DocumentFileFormats.Of(content, name)
                ?? throw new RegisterRuleException("Only PDF or DOCX files can be attached; this file is neither, whatever its name says.");
            version.Files.Add(new DocumentFile { FileName = name, Format = format, Content = content, Size = content.Length, UploadedAt = now });
            return ("attached a file", name);
        }, cancellationToken);

    public Task<IActionResult> OnPostRemoveAsync(CancellationToken cancellationToken) =>
        ChangeAsync((document, _) =>
        {
            var version = document.Versions.FirstOrDefault(v => v.Files.Any(f => f.Id == FileId))
                ?? throw new RegisterRuleException("This file is no longer attached.");
            var file = version.Files.First(f => f.Id == FileId);
            version.Files.Remove(file);
            return Task.FromResult(("removed a file", file.FileName));
        }, cancellationToken);

    private async Task<IActionResult> ChangeAsync(Func<Document, DateTimeOffset, Task<(string Action, string FileName)>> change, CancellationToken cancellationToken)
    {
        if (await editing.DocumentAsync(Id, cancellationToken) is not { } document)
        {
            return NotFound();
        }

        var now = time.GetUtcNow();
        (string Action, string FileName) done;
        try
        {
            done = await change(document, now);
        }
        catch (RegisterRuleException rule)
        {
            TempData["Problem"] = rule.Message;
            return RedirectToPage("Edit", new { id = Id });
        }

        document.UpdatedAt = now;
        var actor = AuditTrail.ActorOf(User);
        RegisterRevision[] revisions = document.Review.Status == RegisterStatus.Published ? [RegisterSnapshots.Of(document, document.Body?.Name, actor, now)] : [];
        var audit = AuditTrail.Entry(User, done.Action, RegisterEntryKind.Document, document.Id, "Document " + document.Symbol, now, done.FileName);
        try
        {
            await editing.SaveEditAsync(document, document.Version, revisions, [audit], cancellationToken);
        }
        catch (RegisterEditConflictException)
        {
            TempData["Problem"] = "Someone else changed this document at the same moment; look at it again and repeat.";
            return RedirectToPage("Edit", new { id = Id });
        }

        TempData["Notice"] = $"Document {document.Symbol}: {done.Action} ({done.FileName}).";
        return RedirectToPage("Edit", new { id = Id });
    }
}
