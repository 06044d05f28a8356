def transform(row: dict) -> dict:
    return {**row, 'geo': row.get('postcode', '')[:2]}
