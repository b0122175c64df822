import sys
grid = [[1, 2], [3, 4]]
def cell(r, c):
    return grid[r][c] + grid[r + 1][c] * 2
print(cell(0, 1))
print(cell(1, 1))
