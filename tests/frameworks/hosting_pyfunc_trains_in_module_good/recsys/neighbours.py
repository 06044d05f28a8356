import pandas as pd


def top_k(table: pd.DataFrame, item: str, k: int) -> list[str]:
    if item not in table.index:
        return []
    return list(table.loc[item].sort_values(ascending=False).index[:k])
