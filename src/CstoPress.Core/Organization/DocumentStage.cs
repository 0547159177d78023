namespace CstoPress.Core.Organization;

/// <summary>The steps of a document's life, in order.</summary>
public enum DocumentStage
{
    Draft = 0,
    Considered = 1,
    Adopted = 2,
    SentForDomesticProcedures = 3,
    Ratified = 4,
    EnteredIntoForce = 5,
}
