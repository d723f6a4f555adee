using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CrmErpPortal.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ConversionPriceDecisions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "QuotePriceAcceptances",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    QuoteId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CrmQuoteId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    LineNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    ProductNumber = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CrmQuoteLineId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    AcceptedSide = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    CrmUnitPrice = table.Column<long>(type: "INTEGER", nullable: false),
                    ErpUnitPrice = table.Column<long>(type: "INTEGER", nullable: false),
                    CurrencyCode = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    AcceptedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AcceptedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    AcceptedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    OutboxMessageId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QuotePriceAcceptances", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_QuotePriceAcceptances_QuoteId_LineNumber_AcceptedAt",
                table: "QuotePriceAcceptances",
                columns: new[] { "QuoteId", "LineNumber", "AcceptedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "QuotePriceAcceptances");
        }
    }
}
