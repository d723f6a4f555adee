namespace CrmErpPortal.DataQuality.Identifiers;

public enum IdentifierKind
{
    Abn,
    Acn,
    Nzbn,
    Ird,
}
