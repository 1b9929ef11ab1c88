"""Entity annotators (ORG, LEGAL, QUANTITY, MONEY, PERCENT, DATE) and their CoNLL-U encoding."""
