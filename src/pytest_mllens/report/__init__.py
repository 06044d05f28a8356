"""The last stage: findings rendered for people (terminal) and machines (JSON and others).

Every output is produced from the same frozen finding records.
"""
