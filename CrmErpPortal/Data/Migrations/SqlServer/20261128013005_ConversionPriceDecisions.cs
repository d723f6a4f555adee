using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CrmErpPortal.Data.Migrations.SqlServer
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
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    QuoteId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CrmQuoteId = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    LineNumber = table.Column<int>(type: "int", nullable: false),
                    ProductNumber = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    CrmQuoteLineId = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    AcceptedSide = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    CrmUnitPrice = table.Column<decimal>(type: "decimal(19,4)", precision: 19, scale: 4, nullable: false),
                    ErpUnitPrice = table.Column<decimal>(type: "decimal(19,4)", precision: 19, scale: 4, nullable: false),
                    CurrencyCode = table.Column<string>(type: "nvarchar(3)", maxLength: 3, nullable: false),
                    AcceptedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    AcceptedByName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    AcceptedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    OutboxMessageId = table.Column<Guid>(type: "uniqueidentifier", nullable: true)
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
