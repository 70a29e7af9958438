import { parse } from '@cdktf/hcl2json';
import {
  alignAssignments,
  attr,
  attrs,
  block,
  call,
  comment,
  quote,
  ref,
  renderHcl,
  resource,
  tpl,
} from './hcl';

describe('renderHcl', () => {
  it('prints blocks, attributes and nested values as terraform fmt does', () => {
    const text = renderHcl(
      [
        resource('aws_sqs_queue', 'this', [
          ...attrs({
            name: tpl('${var.name}-jobs'),
            visibility_timeout_seconds: 30,
            fifo_queue: false,
            kms_master_key_id: undefined,
          }),
          comment('Where failed messages go.'),
          attr(
            'redrive_policy',
            call('jsonencode', {
              deadLetterTargetArn: ref('aws_sqs_queue.dead_letter.arn'),
              maxReceiveCount: 5,
            }),
          ),
          attr('tags', {
            owner: ref('var.owner'),
            'cost-center': ref('var.cost_center'),
          }),
          block('lifecycle', [], [attr('ignore_changes', ref('[tags]'))]),
        ]),
        block(
          'output',
          ['url'],
          [attr('value', ref('aws_sqs_queue.this.url'))],
        ),
      ],
      'Generated.',
    );
    expect(text).toBe(`# Generated.

resource "aws_sqs_queue" "this" {
  name                       = "\${var.name}-jobs"
  visibility_timeout_seconds = 30
  fifo_queue                 = false

  # Where failed messages go.
  redrive_policy = jsonencode({
    deadLetterTargetArn = aws_sqs_queue.dead_letter.arn
    maxReceiveCount     = 5
  })
  tags = {
    owner       = var.owner
    cost-center = var.cost_center
  }

  lifecycle {
    ignore_changes = [tags]
  }
}

output "url" {
  value = aws_sqs_queue.this.url
}
`);
  });

  it('prints lists of scalars on one line and lists of objects one item a line', () => {
    expect(
      renderHcl([
        attr('names', ['a', ref('var.b'), 3]),
        attr('triggers', [{ type: 'cpu' }, { type: 'aws-sqs-queue' }]),
        attr('empty', {}),
      ]),
    ).toBe(`names = ["a", var.b, 3]
triggers = [
  {
    type = "cpu"
  },
  {
    type = "aws-sqs-queue"
  },
]
empty = {}
`);
  });

  it('escapes literal strings so that they are not templates, and parses back to the same value', async () => {
    const tricky = 'say "hi" \\ ${not.a.ref} %{if x} done\nline';
    const text = renderHcl([attr('value', tricky)]);
    expect(text).toBe(
      'value = "say \\"hi\\" \\\\ $${not.a.ref} %%{if x} done\\nline"\n',
    );
    // hcl2json gives Terraform's JSON syntax, in which templates stay
    // escaped: the parser read a literal, not an interpolation.
    const parsed = await parse('x.tf', text);
    expect(parsed.value).toBe('say "hi" \\ $${not.a.ref} %%{if x} done\nline');
    expect(quote('plain')).toBe('"plain"');
  });
});

describe('alignAssignments', () => {
  it('aligns runs of one-line assignments and breaks runs at blank lines, comments, blocks and multi-line values', () => {
    expect(
      alignAssignments([
        'a = 1',
        'long_name = 2',
        '',
        'b = 3',
        '# comment',
        'cc = 4',
        'multi = {',
        '  x = 1',
        '  yy = "a=b"',
        '}',
        'd = [1, 2]',
      ]),
    ).toEqual([
      'a         = 1',
      'long_name = 2',
      '',
      'b = 3',
      '# comment',
      'cc = 4',
      'multi = {',
      '  x  = 1',
      '  yy = "a=b"',
      '}',
      'd = [1, 2]',
    ]);
  });
});
