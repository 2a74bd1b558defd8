import sys, pdfplumber
with pdfplumber.open(sys.argv[1]) as pdf:
    pages = [int(x) for x in sys.argv[2:]] or range(1, len(pdf.pages)+1)
    for n in pages:
        print(f"===== page {n}")
        print(pdf.pages[n-1].extract_text())
