"""Generates format-specs.json: Python's format(value, spec) for the value kinds a pytm report formats.

Run with CPython 3.11 (pytm 1.4.0's reference runtime): python3 format-specs.py > format-specs.json
"""
import json

INT_SPECS = ['', '5', '<5', '>5', '^5', '*^9', '0^8', '=+8', '+', '-', ' ', '05', '010', '<010', '09,', '08,',
             '010,', '07_', ',', '_', ',d', '+010,', '0=9,', 'x>9,', 'd', 'n', '08n', 'b', '#b', '#010b', '011_b',
             'o', '#o', 'x', '#x', 'X', '#X', '#012_x', 'c', '>3c', 'e', 'E', '.0e', '#.0e', '.3e', '015,.3e',
             'f', 'F', '.0f', '#.0f', '.2f', '012.3f', ',f', '_.2f', '-012,.2f', 'g', 'G', '.0g', '.2g', '.3g',
             '#g', '#.3g', '.10g', '%', '.1%', '.0%', 'zf', 'z', '.2', 's', 'xx', ',_', '_,', ',x', '_c', ',n', '#c',
             '+c', '..1', '.', '<', '=', '0', '00', ' 5', '+05', '-5']
INTS = [0, 1, -5, 7, 15, 65, 255, 995, 1234, -1234567, 999999, 123456789, 10 ** 15]
STR_SPECS = ['', '5', '<5', '>5', '^5', '^6', '*^8', '.2', '*^8.2', '07', '<07', '0>5', '=5', '+', ' ', '#', 'z',
             ',', '_', 's', '>10s', 'd', '.0', '10.3', 'ss']
STRS = ['', 'x', 'abc', 'é', 'Classification.SECRET', 'longer than ten']

cases = []
def add(kind, value, spec):
    case = {'kind': kind, 'value': value, 'spec': spec}
    try:
        case['out'] = format(value, spec)
    except Exception as e:
        case['error'] = type(e).__name__ + ': ' + str(e)
    cases.append(case)

for v in INTS:
    for s in INT_SPECS:
        add('int', v, s)
for v in (True, False):
    for s in ['', '5', '>5', '^5', 'd', '05', 'x', 's', '.2f']:
        add('bool', v, s)
for v in STRS:
    for s in STR_SPECS:
        add('str', v, s)
print(json.dumps(cases, ensure_ascii=False, indent=0))
