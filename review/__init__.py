"""review: people check and correct extracted records; their decisions become labels/.

``review.app`` (the local review page), ``review.spreadsheet`` (the same in .xlsx), both on
``review.fields`` (what each field allows) and ``review.saving`` (decisions → labels).
"""
