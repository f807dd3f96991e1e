"""Reads a workbook with openpyxl, an independent reader, and prints what the print and form tests check as JSON.

Usage: /usr/bin/python3 inspect-workbook.py <file.xlsx>
"""
import json
import sys

import openpyxl


def sheet_facts(ws):
    setup = ws.page_setup
    fit = ws.sheet_properties.pageSetUpPr.fitToPage if ws.sheet_properties.pageSetUpPr else None
    cells = {}
    for row in ws.iter_rows():
        for c in row:
            if isinstance(c, openpyxl.cell.cell.MergedCell) or (c.value is None and c.protection.locked):
                continue
            cells[c.coordinate] = {
                "type": c.data_type,
                "isDate": c.is_date,
                "format": c.number_format,
                "locked": c.protection.locked,
                "value": c.value.isoformat() if hasattr(c.value, "isoformat") else c.value,
            }
    return {
        "state": ws.sheet_state,
        "orientation": setup.orientation,
        "paperSize": setup.paperSize,
        "scale": setup.scale,
        "fitToPage": bool(fit),
        "header": [ws.oddHeader.left.text, ws.oddHeader.center.text, ws.oddHeader.right.text],
        "footer": [ws.oddFooter.left.text, ws.oddFooter.center.text, ws.oddFooter.right.text],
        "protected": bool(ws.protection.sheet),
        "password": ws.protection.password,
        "validations": [{"sqref": str(dv.sqref), "type": dv.type, "formula1": dv.formula1} for dv in ws.data_validations.dataValidation],
        "rowHeights": {str(r): d.height for r, d in ws.row_dimensions.items() if d.height is not None},
        "maxRow": ws.max_row,
        "cells": cells,
    }


def main(path):
    wb = openpyxl.load_workbook(path)
    print(json.dumps({
        "sheets": wb.sheetnames,
        "lockStructure": bool(wb.security and wb.security.lockStructure),
        "bySheet": {ws.title: sheet_facts(ws) for ws in wb.worksheets},
    }, default=str))


if __name__ == "__main__":
    main(sys.argv[1])
