using CstoPress.Core.Organization;

namespace CstoPress.Web.Areas.Admin.Pages.Register;

/// <summary>The review buttons of a register entry, for its edit page.</summary>
public sealed record ReviewActions(RegisterEntryKind Kind, int Id, RegisterReview Review);
