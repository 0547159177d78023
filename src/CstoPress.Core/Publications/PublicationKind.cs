namespace CstoPress.Core.Publications;

public enum PublicationKind
{
    News = 0,
    PressRelease = 1,
    Speech = 2,
    Statement = 3,
    Interview = 4,
    Resolution = 5,
}
