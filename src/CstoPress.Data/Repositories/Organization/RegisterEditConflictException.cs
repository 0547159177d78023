namespace CstoPress.Data.Repositories.Organization;

/// <summary>Someone else saved the register entry after the editor began: nothing of this save was stored.</summary>
public sealed class RegisterEditConflictException(Exception inner)
    : Exception("Someone else saved this register entry in the meantime.", inner);
