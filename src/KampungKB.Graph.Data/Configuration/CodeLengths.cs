namespace KampungKB.Graph.Data.Configuration;

/// <summary>Column lengths shared by the mappings, so a code has one length wherever it is a key or a foreign key.</summary>
internal static class CodeLengths
{
    public const int Province = 2;
    public const int Regency = 5;
    public const int District = 8;
    public const int Village = 13;
    public const int Agency = 20;
    public const int Program = 40;
    public const int Indicator = 60;
    public const int Period = 7;
    public const int Name = 200;
}
