namespace CstoPress.Core.Publications;

/// <summary>A workflow rule was broken; the message is written for the editor who broke it.</summary>
public class PublicationRuleException(string message) : Exception(message);
