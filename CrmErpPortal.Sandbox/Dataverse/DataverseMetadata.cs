using System.Text;

namespace CrmErpPortal.Sandbox.Dataverse;

/// <summary>A minimal CSDL: entity types with their keys and entity sets, enough for clients that read set names and keys.</summary>
public static class DataverseMetadata
{
    public static string Csdl()
    {
        var xml = new StringBuilder("""
            <?xml version="1.0" encoding="utf-8"?>
            <edmx:Edmx Version="4.0" xmlns:edmx="http://docs.oasis-open.org/odata/ns/edmx">
            <edmx:DataServices><Schema Namespace="Microsoft.Dynamics.CRM" Alias="mscrm" xmlns="http://docs.oasis-open.org/odata/ns/edm">
            """);
        foreach (var table in DataverseTables.All)
        {
            xml.Append($"""<EntityType Name="{table.LogicalName}"><Key><PropertyRef Name="{table.PrimaryKey}" /></Key>""");
            xml.Append($"""<Property Name="{table.PrimaryKey}" Type="Edm.Guid" /></EntityType>""");
        }

        xml.Append("""<EntityContainer Name="System">""");
        foreach (var table in DataverseTables.All)
        {
            xml.Append($"""<EntitySet Name="{table.EntitySet}" EntityType="Microsoft.Dynamics.CRM.{table.LogicalName}" />""");
        }

        return xml.Append("</EntityContainer></Schema></edmx:DataServices></edmx:Edmx>").ToString();
    }
}
