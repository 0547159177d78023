namespace CstoPress.Core.Journalists;

/// <summary>A decision that does not fit where the request stands; the message is written for the editor who tried it.</summary>
public class AccreditationRuleException(string message) : Exception(message);
