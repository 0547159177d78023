namespace CstoPress.LocalPostgres;

/// <summary>The private development database could not be started; the message says what to do.</summary>
public class LocalPostgresException(string message) : Exception(message);
